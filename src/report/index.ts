/** All sheets of the analysis report, in the order they appear in the workbook. */
import type { Analysis } from "../engine/analyze";
import type { Locale } from "../i18n/messages";
import { buildAgingSheet } from "./aging";
import { assessmentSheet } from "./assessment";
import { buildCollectionsSheet } from "./collections";
import { buildCustomersSheet } from "./customers";
import { buildFinancingSheets } from "./financing";
import { historySheet } from "./history";
import { improvementSheet } from "./improvement";
import { buildKpiSheet } from "./kpis";
import type { SheetModel } from "./model";
import { buildParameterSheet, type RunInfo } from "./parameters";
import { buildProvisionSheet } from "./provision";

function assessmentSheets(analysis: Analysis, locale: Locale): SheetModel[] {
  const assessment = analysis.assessment;
  if (!assessment) return [];
  const asOf = analysis.asOf;
  const options = assessment.previous
    ? { locale, asOf, previous: assessment.previous }
    : { locale, asOf };
  return [
    assessmentSheet(assessment.result, options),
    improvementSheet(assessment.plan, { locale, asOf }),
    historySheet(assessment.history, { locale }),
  ];
}

export function buildReport(analysis: Analysis, locale: Locale, run: RunInfo): SheetModel[] {
  const asOf = analysis.asOf;
  const companyName = analysis.company.name ?? run.source;
  return [
    buildAgingSheet(analysis, locale, run.source, run.linkedSheets),
    buildCustomersSheet(analysis.portfolio, { asOf, baseCurrency: analysis.baseCurrency, locale }),
    buildKpiSheet(analysis, locale),
    ...buildFinancingSheets(analysis.lender.financing, { locale, companyName, asOf }),
    buildProvisionSheet(analysis.lender.provision, { locale, asOf }),
    buildCollectionsSheet(analysis.lender.worklist, { locale, asOf }),
    ...assessmentSheets(analysis, locale),
    buildParameterSheet(analysis, locale, run),
  ];
}
