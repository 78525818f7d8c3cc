/** Browser preview entry: the same pane outside Office, on an uploaded file instead of a workbook. */
import { webLightTheme } from "@fluentui/react-components";
import { useMemo, useRef, useState, type JSX } from "react";
import { createRoot } from "react-dom/client";

import { localToday } from "../app/today";
import {
  defaultOptions,
  parseStoredOptions,
  SETTINGS_KEY,
  type OptionStore,
} from "../taskpane/options";
import { Pane } from "../taskpane/pane";
import { paneLocale } from "../taskpane/strings";
import { fileHost } from "./file-host";
import { FilePicker } from "./file-picker";

/** Options kept in this browser's localStorage; where storage is blocked, they last for the page only. */
const localStore: OptionStore = {
  load() {
    try {
      return JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? "null");
    } catch {
      return undefined;
    }
  },
  save(options) {
    try {
      localStorage.setItem(SETTINGS_KEY, JSON.stringify(options));
    } catch {
      // Storage is full or disabled; the options still apply to this page.
    }
  },
};

function Preview(): JSX.Element {
  const [file, setFile] = useState<File | undefined>(undefined);
  const current = useRef<File | undefined>(undefined);
  const host = useMemo(() => fileHost(() => current.current), []);
  const initial = useMemo(
    () => parseStoredOptions(localStore.load(), defaultOptions(paneLocale(navigator.language))),
    [],
  );

  const choose = (chosen: File) => {
    current.current = chosen;
    setFile(chosen);
  };

  return (
    <Pane
      host={host}
      store={localStore}
      initialOptions={initial}
      today={localToday()}
      theme={webLightTheme}
      renderSource={(strings) => <FilePicker strings={strings} file={file} onFile={choose} />}
    />
  );
}

const root = document.getElementById("root");
if (root) createRoot(root).render(<Preview />);
