/** The CreditDesk pane, shared by the Excel task pane and the browser preview. */
import { Button, FluentProvider, Text, Title2, webLightTheme } from "@fluentui/react-components";
import { useState, type JSX } from "react";

export type PaneLocale = "en-US" | "zh-CN";

const STRINGS: Record<PaneLocale, { run: string; running: string; failed: string }> = {
  "en-US": { run: "Run", running: "Running…", failed: "The run failed:" },
  "zh-CN": { run: "运行", running: "正在运行…", failed: "运行失败：" },
};

/** Picks zh-CN for any Chinese language tag and en-US otherwise. */
export function paneLocale(language: string | undefined): PaneLocale {
  return language?.toLowerCase().startsWith("zh") ? "zh-CN" : "en-US";
}

export interface PaneProps {
  locale: PaneLocale;
  /** Runs the analysis and returns a status line for the user. */
  onRun: () => Promise<string>;
}

export function Pane({ locale, onRun }: PaneProps): JSX.Element {
  const strings = STRINGS[locale];
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");

  const run = async () => {
    setBusy(true);
    setStatus(strings.running);
    try {
      setStatus(await onRun());
    } catch (error) {
      setStatus(`${strings.failed} ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FluentProvider theme={webLightTheme} lang={locale} style={{ padding: 16, minHeight: "100vh" }}>
      <Title2 as="h1">CreditDesk</Title2>
      <div style={{ marginTop: 16 }}>
        <Button appearance="primary" disabled={busy} onClick={run}>
          {strings.run}
        </Button>
      </div>
      <Text as="p" role="status" aria-live="polite">
        {status}
      </Text>
    </FluentProvider>
  );
}
