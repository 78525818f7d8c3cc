/** Command-line parsing for `credit-desk`; invalid usage becomes a message and exit status 2. */
import { parseArgs } from "node:util";

import { dayFromIso, type Day } from "../engine/dates";
import { toMinor } from "../engine/money";
import type { ParameterOverrides } from "../engine/parameter-sheet";
import type { DateOrder, DecimalMark } from "../io/coerce";
import type { Locale } from "../i18n/messages";

export const HELP = `credit-desk: receivables aging, customer credit and financing readiness for Excel workbooks

Usage:
  credit-desk analyze FILE.xlsx|FILE.csv [options]   analyse a workbook or CSV export and write a report
  credit-desk lender-pack FILE [options]             write only what a lender needs: summary, aging,
                                                     certificate, financing, provision, assessment
  credit-desk demo [--out FILE.xlsx] [--json]        analyse the bundled sample workbook
  credit-desk template FILE.xlsx [--locale zh-CN]    write an input workbook with all sheets, example
                                                     rows and the assessment questions (never over
                                                     an existing file)

Options for analyze and lender-pack:
  --as-of YYYY-MM-DD          date the receivables are aged on (default: today)
  --out REPORT.xlsx           report file (default: FILE-report-ASOF.xlsx or, for lender-pack,
                              FILE-lender-pack-ASOF.xlsx beside the input; never the input)
  --json                      print the analysis as one JSON document on stdout
  --buckets 30,60,90          upper limits of the overdue buckets, in days
  --basis due|invoice         age by days past due (default) or days since the invoice date
  --base-currency CODE        currency of the report (default: the Parameters sheet's, else the one
                              currency all documents share, else USD); other currencies are
                              converted at the Exchange Rates sheet's rates
  --allocate-unapplied none|oldest-first
                              keep unapplied cash and credits apart (default) or apply them to the
                              customer's oldest open items
  --control-total AMOUNT      ledger balance to reconcile the aging total against
  --locale en-US|de-DE|zh-CN  language of the report (zh-CN: Chinese) and reading of ambiguous
                              dates and decimal marks (de-DE: 31.05.2026 and 1.234,56)
  --no-progress               do not show progress on stderr
  -h, --help                  show this help
  -v, --version               show the version

What you type into CD Improvement and CD Collections, and the CD History rows, are kept: they are
read from the input's own CD sheets, or else from the CreditDesk report already at --out. An
existing --out that is not such a report, or that has sheets CreditDesk did not write, is left
unchanged and the run stops.

Exit status: 0 no input errors (warnings allowed); 1 input errors (the report covers the readable
rows unless nothing could be read); 2 usage error.
`;

export class UsageError extends Error {}

export interface CliOptions {
  command: "analyze" | "lender-pack" | "demo" | "template" | "help" | "version";
  file?: string;
  asOf?: Day;
  out?: string;
  json: boolean;
  progress: boolean;
  locale: Locale;
  dateOrder?: DateOrder;
  decimalMark?: DecimalMark;
  overrides: ParameterOverrides;
}

function parseLimits(text: string): number[] {
  const limits = text.split(",").map((part) => Number(part.trim()));
  const valid =
    limits.length > 0 &&
    limits.every(
      (n, i) => Number.isInteger(n) && n > 0 && (i === 0 || n > (limits[i - 1] as number)),
    );
  if (!valid)
    throw new UsageError(`Invalid --buckets "${text}": give increasing whole days, e.g. 30,60,90.`);
  return limits;
}

function choice<T extends string>(flag: string, value: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(value)) {
    throw new UsageError(`Invalid ${flag} "${value}": expected ${choices.join(" or ")}.`);
  }
  return value as T;
}

export function parseCli(argv: string[], today: Day): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        "as-of": { type: "string" },
        out: { type: "string" },
        json: { type: "boolean", default: false },
        buckets: { type: "string" },
        basis: { type: "string" },
        "base-currency": { type: "string" },
        "allocate-unapplied": { type: "string" },
        "control-total": { type: "string" },
        locale: { type: "string", default: "en-US" },
        "no-progress": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.version)
    return { command: "version", json: false, progress: false, locale: "en-US", overrides: {} };
  const [command, file, ...extra] = positionals;
  if (values.help || command === undefined || command === "help") {
    return { command: "help", json: false, progress: false, locale: "en-US", overrides: {} };
  }
  const commandName = choice("command", command, [
    "analyze",
    "lender-pack",
    "demo",
    "template",
  ] as const);
  if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}".`);
  if (commandName !== "demo" && file === undefined) {
    throw new UsageError(`credit-desk ${commandName} needs a FILE argument.`);
  }

  const localeFlag = choice("--locale", values.locale, ["en-US", "de-DE", "zh-CN"] as const);
  const options: CliOptions = {
    command: commandName,
    json: values.json,
    progress: !values["no-progress"],
    locale: localeFlag === "zh-CN" ? "zh-CN" : "en-US",
    overrides: { aging: {} },
  };
  if (localeFlag === "de-DE") {
    options.dateOrder = "dmy";
    options.decimalMark = ",";
  } else if (localeFlag === "en-US") {
    options.dateOrder = "mdy";
  } else {
    options.dateOrder = "ymd";
  }
  if (file !== undefined) options.file = file;
  if (values.out !== undefined) options.out = values.out;

  const asOfText = values["as-of"];
  const asOf = asOfText === undefined ? today : dayFromIso(asOfText);
  if (asOf === undefined)
    throw new UsageError(`Invalid --as-of "${asOfText}": expected a date such as 2026-06-30.`);
  options.asOf = asOf;

  const aging = options.overrides.aging as Record<string, unknown>;
  if (values.buckets !== undefined) aging.buckets = parseLimits(values.buckets);
  if (values.basis !== undefined)
    aging.basis = choice("--basis", values.basis, ["due", "invoice"] as const);
  if (values["base-currency"] !== undefined) {
    const code = values["base-currency"].toUpperCase();
    if (!/^[A-Z]{3}$/.test(code))
      throw new UsageError(
        `Invalid --base-currency "${values["base-currency"]}": expected a code such as USD.`,
      );
    aging.baseCurrency = code;
  }
  if (values["allocate-unapplied"] !== undefined) {
    aging.allocateUnapplied = choice("--allocate-unapplied", values["allocate-unapplied"], [
      "none",
      "oldest-first",
    ] as const);
  }
  if (values["control-total"] !== undefined) {
    const text = values["control-total"].replace(/,/g, "").trim();
    // Number("") is 0, so an empty value would silently reconcile against zero.
    const amount = text === "" ? Number.NaN : Number(text);
    if (!Number.isFinite(amount))
      throw new UsageError(
        `Invalid --control-total "${values["control-total"]}": expected an amount such as 125000.50.`,
      );
    aging.controlTotal = toMinor(amount);
  }
  return options;
}
