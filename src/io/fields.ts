/**
 * Input sheets and their columns: canonical headers (en-US, zh-CN) and the synonyms matched
 * against a sheet's header row. Matching ignores case, spaces, underscores and punctuation, so
 * `Invoice No`, `invoice_no` and `INVOICE-NO.` are the same header.
 */

export type FieldType =
  "id" | "text" | "date" | "money" | "number" | "bool" | "doctype" | "currency" | "terms";

export interface FieldSpec {
  key: string;
  type: FieldType;
  /** Canonical header in English and Chinese, written by the template. */
  header: { en: string; zh: string };
  /** Other headers seen in exports: English, Chinese, German and SAP field names. */
  synonyms: string[];
  /** Explains the column in the template's note. */
  note?: string;
}

export type SheetKind =
  | "invoices"
  | "payments"
  | "customers"
  | "contracts"
  | "organisation"
  | "rates"
  | "assessment"
  | "parameters";

export interface SheetSpec {
  kind: SheetKind;
  title: { en: string; zh: string };
  /** Sheet names that identify the sheet without looking at its headers. */
  names: string[];
  fields: FieldSpec[];
  /** Each inner list is a requirement met by any one of its fields. */
  required: string[][];
}

function field(
  key: string,
  type: FieldType,
  en: string,
  zh: string,
  synonyms: string[] = [],
  note?: string,
): FieldSpec {
  const spec: FieldSpec = { key, type, header: { en, zh }, synonyms };
  if (note) spec.note = note;
  return spec;
}

const CUSTOMER_ID = [
  "customer",
  "customer no",
  "customer number",
  "customer code",
  "customer id",
  "customerid",
  "cust number",
  "cust no",
  "cust id",
  "account",
  "account no",
  "account number",
  "debtor",
  "debtor no",
  "client",
  "client id",
  "kunde",
  "kundennummer",
  "kunden nr",
  "debitor",
  "debitorennummer",
  "kunnr",
  "客户编号",
  "客户代码",
  "客户号",
  "客户",
  "客户id",
];
const CUSTOMER_NAME = [
  "customer name",
  "name",
  "client name",
  "company",
  "company name",
  "name customer",
  "kundenname",
  "name1",
  "客户名称",
  "单位名称",
  "客户名",
];
const INVOICE_NO = [
  "invoice no",
  "invoice",
  "invoice number",
  "invoice nr",
  "invoice id",
  "document no",
  "document number",
  "doc id",
  "doc no",
  "bill no",
  "rechnung",
  "rechnungsnummer",
  "rechnungs nr",
  "belegnummer",
  "belnr",
  "xblnr",
  "vbeln",
  "发票号",
  "发票号码",
  "发票编号",
  "单据号",
  "凭证号",
];
const AMOUNT = [
  "amount",
  "invoice amount",
  "open amount",
  "amount due",
  "balance",
  "outstanding",
  "value",
  "gross amount",
  "total amount",
  "converted usd",
  "amount usd",
  "amount in base currency",
  "betrag",
  "offener betrag",
  "rechnungsbetrag",
  "dmbtr",
  "wrbtr",
  "金额",
  "发票金额",
  "应收金额",
  "未收金额",
  "余额",
  "应收余额",
];
const CURRENCY = [
  "currency",
  "curr",
  "ccy",
  "currency code",
  "waers",
  "währung",
  "waehrung",
  "币种",
  "货币",
];
const TERMS = [
  "terms",
  "terms days",
  "payment terms",
  "credit days",
  "credit terms",
  "zahlungsziel",
  "zahlungsbedingung",
  "zterm",
  "账期",
  "信用期",
  "付款期限",
  "账期天数",
];
const YES_NO_NOTE = "Yes or No";

const INVOICES: SheetSpec = {
  kind: "invoices",
  title: { en: "Invoices", zh: "应收账款" },
  names: [
    "invoices",
    "invoice",
    "receivables",
    "open items",
    "ar",
    "ar listing",
    "accounts receivable",
    "ar open items",
    "debtors",
    "offene posten",
    "rechnungen",
    "应收账款",
    "应收",
    "发票",
    "应收明细",
  ],
  fields: [
    field("customerId", "id", "Customer ID", "客户编号", CUSTOMER_ID),
    field("customerName", "text", "Customer Name", "客户名称", CUSTOMER_NAME),
    field("invoiceNo", "id", "Invoice No", "发票号", INVOICE_NO),
    field("invoiceDate", "date", "Invoice Date", "开票日期", [
      "invoice date",
      "inv date",
      "invoice dt",
      "doc date",
      "billing date",
      "date",
      "document date",
      "posting date",
      "issue date",
      "bill date",
      "rechnungsdatum",
      "belegdatum",
      "buchungsdatum",
      "bldat",
      "budat",
      "开票日期",
      "发票日期",
      "单据日期",
      "日期",
    ]),
    field("dueDate", "date", "Due Date", "到期日", [
      "due date",
      "due dt",
      "net due",
      "due",
      "due in date",
      "net due date",
      "payment due",
      "payment due date",
      "fällig",
      "faellig",
      "fälligkeit",
      "fälligkeitsdatum",
      "faedt",
      "netdt",
      "到期日",
      "到期日期",
      "应收日期",
    ]),
    field("termsDays", "terms", "Terms Days", "账期天数", TERMS, "Days from invoice to due date"),
    field("currency", "currency", "Currency", "币种", CURRENCY, "Three-letter code, e.g. USD"),
    field("amount", "money", "Amount", "金额", AMOUNT, "Credit notes may be negative"),
    field(
      "type",
      "doctype",
      "Type",
      "类型",
      ["type", "document type", "doc type", "belegart", "blart", "类型", "单据类型"],
      "Invoice, Credit Note, Unbilled, Progress Billing, Consignment or Bill and Hold",
    ),
    field(
      "appliesTo",
      "id",
      "Applies To",
      "关联发票",
      [
        "applies to",
        "applied to",
        "original invoice",
        "reference invoice",
        "against invoice",
        "关联发票",
        "原发票号",
      ],
      "For a credit note: the invoice it reduces",
    ),
    field("installment", "id", "Installment", "分期", [
      "installment",
      "instalment",
      "installment no",
      "instalment no",
      "teilzahlung",
      "分期",
      "期数",
      "分期号",
    ]),
    field("paidAmount", "money", "Paid Amount", "已收金额", [
      "paid amount",
      "amount paid",
      "paid",
      "已收金额",
      "已付金额",
    ]),
    field("settledDate", "date", "Settled Date", "结清日期", [
      "settled date",
      "settlement date",
      "clear date",
      "cleared date",
      "paid date",
      "augdt",
      "ausgleichsdatum",
      "结清日期",
      "核销日期",
    ]),
    field(
      "disputed",
      "bool",
      "Disputed",
      "争议",
      ["disputed", "dispute", "in dispute", "strittig", "争议", "是否争议"],
      YES_NO_NOTE,
    ),
    field(
      "pledged",
      "bool",
      "Pledged",
      "已质押",
      ["pledged", "sold", "assigned", "factored", "已质押", "已转让"],
      YES_NO_NOTE,
    ),
    field("contractNo", "id", "Contract No", "合同号", [
      "contract no",
      "contract",
      "contract number",
      "合同号",
      "合同编号",
    ]),
    field("documentLink", "text", "Document Link", "单据链接", [
      "document link",
      "link",
      "attachment",
      "单据链接",
    ]),
  ],
  required: [["customerId", "customerName"], ["invoiceNo"], ["invoiceDate", "dueDate"], ["amount"]],
};

const PAYMENTS: SheetSpec = {
  kind: "payments",
  title: { en: "Payments", zh: "收款" },
  names: [
    "payments",
    "payment",
    "receipts",
    "cash receipts",
    "zahlungen",
    "zahlungseingänge",
    "收款",
    "回款",
    "收款记录",
  ],
  fields: [
    field("customerId", "id", "Customer ID", "客户编号", CUSTOMER_ID),
    field(
      "invoiceNo",
      "id",
      "Invoice No",
      "发票号",
      INVOICE_NO,
      "Blank when the cash names no invoice",
    ),
    field("date", "date", "Payment Date", "收款日期", [
      "payment date",
      "date",
      "receipt date",
      "value date",
      "paid on",
      "zahlungsdatum",
      "valutadatum",
      "收款日期",
      "付款日期",
      "日期",
    ]),
    field("amount", "money", "Amount", "金额", [
      "amount",
      "payment amount",
      "paid",
      "betrag",
      "金额",
      "收款金额",
    ]),
    field("currency", "currency", "Currency", "币种", CURRENCY),
  ],
  required: [["customerId"], ["date"], ["amount"]],
};

const CUSTOMERS: SheetSpec = {
  kind: "customers",
  title: { en: "Customers", zh: "客户" },
  names: [
    "customers",
    "customer",
    "customer list",
    "clients",
    "kunden",
    "debitoren",
    "客户",
    "客户档案",
    "客户清单",
  ],
  fields: [
    field("id", "id", "Customer ID", "客户编号", ["id", ...CUSTOMER_ID]),
    field("name", "text", "Name", "客户名称", CUSTOMER_NAME),
    field("creditLimit", "money", "Credit Limit", "信用额度", [
      "credit limit",
      "limit",
      "kreditlimit",
      "信用额度",
      "授信额度",
    ]),
    field("openOrders", "money", "Open Orders", "未开票订单", [
      "open orders",
      "orders not invoiced",
      "auftragsbestand",
      "未开票订单",
    ]),
    field("termsDays", "terms", "Terms Days", "账期天数", TERMS),
    field("country", "text", "Country", "国家", [
      "country",
      "country code",
      "countrycode",
      "land",
      "国家",
      "国家代码",
    ]),
    field("currency", "currency", "Currency", "币种", CURRENCY),
    field("customerSince", "date", "Customer Since", "合作起始日", [
      "customer since",
      "since",
      "first order",
      "合作起始日",
      "建档日期",
    ]),
    field(
      "relatedParty",
      "bool",
      "Related Party",
      "关联方",
      ["related party", "related", "关联方"],
      YES_NO_NOTE,
    ),
    field(
      "insured",
      "bool",
      "Insured",
      "已投保",
      ["insured", "credit insurance", "已投保", "信用保险"],
      YES_NO_NOTE,
    ),
    field(
      "government",
      "bool",
      "Government",
      "政府客户",
      ["government", "public sector", "政府客户"],
      YES_NO_NOTE,
    ),
    field(
      "supplier",
      "bool",
      "Supplier",
      "同为供应商",
      ["supplier", "also supplier", "同为供应商"],
      YES_NO_NOTE,
    ),
    field("payable", "money", "Payable", "应付余额", [
      "payable",
      "payables",
      "amount owed",
      "应付余额",
    ]),
    field("workingCapital", "money", "Working Capital", "营运资本", [
      "working capital",
      "营运资本",
    ]),
    field("retainedEarnings", "money", "Retained Earnings", "留存收益", [
      "retained earnings",
      "留存收益",
    ]),
    field("ebit", "money", "EBIT", "息税前利润", ["ebit", "operating profit", "息税前利润"]),
    field("totalAssets", "money", "Total Assets", "总资产", ["total assets", "总资产", "资产总计"]),
    field("totalLiabilities", "money", "Total Liabilities", "总负债", [
      "total liabilities",
      "总负债",
      "负债合计",
    ]),
    field("equity", "money", "Equity", "所有者权益", [
      "equity",
      "book equity",
      "所有者权益",
      "净资产",
    ]),
    field("sales", "money", "Sales", "营业收入", ["sales", "turnover", "revenue", "营业收入"]),
    field("tangibleNetWorth", "money", "Tangible Net Worth", "有形净值", [
      "tangible net worth",
      "有形净值",
    ]),
    field("currentAssets", "money", "Current Assets", "流动资产", ["current assets", "流动资产"]),
    field("currentLiabilities", "money", "Current Liabilities", "流动负债", [
      "current liabilities",
      "流动负债",
    ]),
    field("financialsDate", "date", "Financials Date", "报表日期", [
      "financials date",
      "statement date",
      "报表日期",
    ]),
    field(
      "manufacturer",
      "bool",
      "Manufacturer",
      "制造业",
      ["manufacturer", "制造业"],
      YES_NO_NOTE,
    ),
    field("externalRating", "text", "External Rating", "外部评级", [
      "external rating",
      "rating",
      "credit rating",
      "bureau score",
      "外部评级",
      "信用评级",
    ]),
    field("lastReviewDate", "date", "Last Review Date", "上次评审日期", [
      "last review date",
      "last review",
      "reviewed",
      "上次评审日期",
    ]),
    field("limitApprovedBy", "text", "Limit Approved By", "额度审批人", [
      "limit approved by",
      "approved by",
      "approver",
      "额度审批人",
      "审批人",
    ]),
    field("accountOwner", "text", "Account Owner", "客户经理", [
      "account owner",
      "sales owner",
      "salesperson",
      "account manager",
      "客户经理",
      "业务员",
    ]),
    field(
      "registration",
      "bool",
      "Registration",
      "工商登记",
      ["registration", "company registration", "工商登记", "营业执照"],
      YES_NO_NOTE,
    ),
    field(
      "creditReport",
      "bool",
      "Credit Report",
      "信用报告",
      ["credit report", "信用报告"],
      YES_NO_NOTE,
    ),
    field(
      "signedTerms",
      "bool",
      "Signed Terms",
      "已签销售条款",
      ["signed terms", "terms of sale signed", "已签销售条款"],
      YES_NO_NOTE,
    ),
    field("guarantee", "bool", "Guarantee", "担保", ["guarantee", "security", "担保"], YES_NO_NOTE),
  ],
  required: [["id"]],
};

const CONTRACTS: SheetSpec = {
  kind: "contracts",
  title: { en: "Contracts", zh: "合同" },
  names: ["contracts", "contract register", "verträge", "合同", "合同台账"],
  fields: [
    field("contractNo", "id", "Contract No", "合同号", [
      "contract no",
      "contract",
      "contract number",
      "合同号",
      "合同编号",
    ]),
    field("customerId", "id", "Customer ID", "客户编号", CUSTOMER_ID),
    field("signedDate", "date", "Signed Date", "签订日期", [
      "signed date",
      "signed",
      "date signed",
      "签订日期",
    ]),
    field("termsDays", "terms", "Terms Days", "账期天数", TERMS),
    field(
      "deliveryProof",
      "bool",
      "Delivery Proof",
      "交货凭证",
      ["delivery proof", "proof of delivery", "pod", "交货凭证", "签收单"],
      YES_NO_NOTE,
    ),
    field(
      "retentionOfTitle",
      "bool",
      "Retention Of Title",
      "所有权保留",
      ["retention of title", "rot", "所有权保留"],
      YES_NO_NOTE,
    ),
    field("fileLink", "text", "File Link", "文件链接", ["file link", "link", "file", "文件链接"]),
  ],
  required: [["contractNo"], ["customerId"]],
};

const ORGANISATION: SheetSpec = {
  kind: "organisation",
  title: { en: "Organisation", zh: "组织" },
  names: ["organisation", "organization", "org", "approval matrix", "组织", "组织架构", "审批权限"],
  fields: [
    field("role", "text", "Role", "角色", ["role", "position", "title", "角色", "岗位"]),
    field("person", "text", "Person", "人员", ["person", "name", "employee", "人员", "姓名"]),
    field("approvalLimit", "money", "Approval Limit", "审批权限", [
      "approval limit",
      "largest limit",
      "authority",
      "审批权限",
      "审批上限",
    ]),
  ],
  required: [["role"], ["person"]],
};

const RATES: SheetSpec = {
  kind: "rates",
  title: { en: "Exchange Rates", zh: "汇率" },
  names: ["exchange rates", "rates", "fx", "fx rates", "currencies", "wechselkurse", "汇率"],
  fields: [
    field("currency", "currency", "Currency", "币种", CURRENCY),
    field(
      "rate",
      "number",
      "Rate",
      "汇率",
      ["rate", "rate to base", "exchange rate", "kurs", "汇率"],
      "Base-currency units for one unit",
    ),
    field("date", "date", "Date", "日期", ["date", "rate date", "日期"]),
  ],
  required: [["currency"], ["rate"]],
};

const ASSESSMENT: SheetSpec = {
  kind: "assessment",
  title: { en: "Assessment", zh: "自评" },
  names: [
    "assessment",
    "self assessment",
    "self-assessment",
    "selbstbewertung",
    "自评",
    "自我评估",
  ],
  fields: [
    field("indicator", "id", "Code", "指标", [
      "code",
      "indicator",
      "indicator code",
      "指标",
      "指标代码",
    ]),
    field("questionNo", "number", "No", "序号", ["no", "question no", "number", "序号"]),
    field("question", "text", "Question", "问题", ["question", "问题"]),
    field(
      "answer",
      "text",
      "Answer",
      "回答",
      ["answer", "response", "回答", "答案"],
      "Yes, Partly or No",
    ),
    field("evidence", "text", "Evidence", "证据", ["evidence", "证据"]),
    field("note", "text", "Note", "备注", ["note", "notes", "comment", "备注"]),
  ],
  required: [["indicator"], ["answer"]],
};

const PARAMETERS: SheetSpec = {
  kind: "parameters",
  title: { en: "Parameters", zh: "参数" },
  names: ["parameters", "settings", "parameter", "einstellungen", "参数", "参数设置"],
  fields: [
    field("name", "text", "Name", "名称", ["name", "parameter", "setting", "名称", "参数"]),
    field("value", "text", "Value", "值", ["value", "wert", "值", "数值"]),
  ],
  required: [["name"], ["value"]],
};

export const SHEETS: readonly SheetSpec[] = [
  INVOICES,
  PAYMENTS,
  CUSTOMERS,
  CONTRACTS,
  ORGANISATION,
  RATES,
  ASSESSMENT,
  PARAMETERS,
];

export function sheetSpec(kind: SheetKind): SheetSpec {
  const spec = SHEETS.find((candidate) => candidate.kind === kind);
  if (!spec) throw new Error(`No sheet specification for ${kind}`);
  return spec;
}

/** Reduces a header or sheet name to the form synonyms are compared in. */
export function normaliseHeader(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\u00a0_.\-/#:()[\]'"’]+/g, "");
}
