/** The as-of date and the run options. */
import { Field, Input, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { JSX } from "react";

import { invalidOptions, type PaneOptions } from "./options";
import type { PaneStrings } from "./strings";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface OptionsFormProps {
  strings: PaneStrings;
  asOf: string;
  asOfValid: boolean;
  options: PaneOptions;
  disabled: boolean;
  onAsOfChange(value: string): void;
  onOptionsChange(options: PaneOptions): void;
}

export function OptionsForm(props: OptionsFormProps): JSX.Element {
  const { strings, options, disabled } = props;
  const styles = useStyles();
  const invalid = invalidOptions(options);
  const set = <K extends keyof PaneOptions>(key: K, value: PaneOptions[K]) =>
    props.onOptionsChange({ ...options, [key]: value });

  return (
    <section className={styles.form} aria-labelledby="pane-options-heading">
      <Field
        label={strings.asOf}
        required
        validationMessage={props.asOfValid ? null : strings.asOfInvalid}
      >
        <Input
          type="date"
          value={props.asOf}
          disabled={disabled}
          onChange={(_event, data) => props.onAsOfChange(data.value)}
        />
      </Field>

      <Subtitle2 as="h2" id="pane-options-heading">
        {strings.options}
      </Subtitle2>
      <Field label={strings.basis}>
        <Select
          value={options.basis}
          disabled={disabled}
          onChange={(_event, data) => set("basis", data.value as PaneOptions["basis"])}
        >
          <option value="workbook">{strings.fromWorkbook}</option>
          <option value="due">{strings.basisDue}</option>
          <option value="invoice">{strings.basisInvoice}</option>
        </Select>
      </Field>
      <Field
        label={strings.buckets}
        hint={strings.bucketsHint}
        validationMessage={invalid.includes("buckets") ? strings.bucketsInvalid : null}
      >
        <Input
          value={options.buckets}
          placeholder="30,60,90"
          inputMode="numeric"
          disabled={disabled}
          onChange={(_event, data) => set("buckets", data.value)}
        />
      </Field>
      <Field
        label={strings.baseCurrency}
        hint={strings.baseCurrencyHint}
        validationMessage={invalid.includes("baseCurrency") ? strings.baseCurrencyInvalid : null}
      >
        <Input
          value={options.baseCurrency}
          maxLength={3}
          disabled={disabled}
          onChange={(_event, data) => set("baseCurrency", data.value.toUpperCase())}
        />
      </Field>
      <Field label={strings.allocate}>
        <Select
          value={options.allocateUnapplied}
          disabled={disabled}
          onChange={(_event, data) =>
            set("allocateUnapplied", data.value as PaneOptions["allocateUnapplied"])
          }
        >
          <option value="workbook">{strings.fromWorkbook}</option>
          <option value="none">{strings.allocateNone}</option>
          <option value="oldest-first">{strings.allocateOldest}</option>
        </Select>
      </Field>
      <Field label={strings.language}>
        <Select
          value={options.language}
          disabled={disabled}
          onChange={(_event, data) => set("language", data.value as PaneOptions["language"])}
        >
          <option value="en-US" lang="en">
            English
          </option>
          <option value="zh-CN" lang="zh-CN">
            中文（简体）
          </option>
        </Select>
      </Field>
    </section>
  );
}
