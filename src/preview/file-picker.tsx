/** Chooses the input file: a file input that also takes a file dropped anywhere on its area. */
import {
  Caption1,
  Field,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useId, useState, type DragEvent, type JSX } from "react";

import { fill, type PaneStrings } from "../taskpane/strings";

const ACCEPT = ".xlsx,.xlsm,.csv,.txt,.tsv";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  over: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
});

export interface FilePickerProps {
  strings: PaneStrings;
  file: File | undefined;
  disabled?: boolean;
  onFile(file: File): void;
}

export function FilePicker({ strings, file, disabled, onFile }: FilePickerProps): JSX.Element {
  const styles = useStyles();
  const [over, setOver] = useState(false);
  const inputId = useId();

  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped && !disabled) onFile(dropped);
  };

  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <Field
        label={{ children: strings.file, htmlFor: inputId }}
        hint={{ children: strings.fileHint, id: `${inputId}-hint` }}
      >
        <input
          id={inputId}
          aria-describedby={`${inputId}-hint`}
          type="file"
          accept={ACCEPT}
          disabled={disabled}
          onChange={(event) => {
            const chosen = event.currentTarget.files?.[0];
            if (chosen) onFile(chosen);
          }}
        />
      </Field>
      <Text aria-live="polite">{file ? fill(strings.fileChosen, { name: file.name }) : ""}</Text>
      <Caption1>{strings.previewNote}</Caption1>
    </div>
  );
}
