import type { IndicatorInput } from "../schema";

/** B3: contracts performed and documented. Measured by open items with contract and delivery proof. */
export const contractPerformance: IndicatorInput = {
  code: "B3",
  group: "B",
  weight: 7,
  name: { en: "Contract performance and documents", zh: "合同履行与单据管理" },
  description: {
    en: "Each sale is backed by a signed contract or order and by proof of delivery, invoiced promptly and correctly, with disputes recorded and resolved.",
    zh: "每笔销售都有已签署的合同或订单以及交货证明，及时准确开票，争议有记录并得到解决。",
  },
  questions: [
    {
      en: "Is each credit sale backed by a signed contract or a confirmed order?",
      zh: "每笔赊销是否都有已签署的合同或已确认的订单？",
    },
    {
      en: "Is proof of delivery or acceptance, such as a signed delivery note, kept for each invoice?",
      zh: "每张发票是否都保存了交货或验收证明，如客户签收的送货单？",
    },
    {
      en: "Are invoices issued promptly after delivery and checked against the contract terms?",
      zh: "是否在交货后及时开票，并核对合同条款？",
    },
    {
      en: "Are customer disputes and complaints recorded and resolved within a set time?",
      zh: "客户争议和投诉是否有记录，并在规定时间内解决？",
    },
    {
      en: "Are contract, invoice and delivery documents linked, so that they can be shown to a lender on request?",
      zh: "合同、发票和交货单据是否相互关联，可应融资方要求随时提供？",
    },
  ],
  metrics: [
    {
      key: "documentedShare",
      name: {
        en: "Open items with contract and delivery proof",
        zh: "有合同和交货证明的未清项目占比",
      },
      direction: "at-least",
      thresholds: [0.98, 0.95, 0.9, 0.75],
    },
  ],
  actions: [
    {
      id: "collect-proof",
      targetLevel: 3,
      text: {
        en: "Collect the missing contracts and delivery proofs for open items, largest amount first.",
        zh: "从金额最大的项目开始，补齐未清项目缺失的合同和交货证明。",
      },
    },
    {
      id: "document-link",
      targetLevel: 3,
      text: {
        en: "Record the contract number for each invoice and the delivery proof for each contract in the Contracts register.",
        zh: "为每张发票记录合同编号，并在“合同”登记表中记录每份合同的交货证明。",
      },
    },
    {
      id: "dispute-log",
      targetLevel: 4,
      text: {
        en: "Keep a dispute log with an owner and a deadline for each case, and mark disputed invoices on the Invoices sheet.",
        zh: "建立争议登记，为每个案件指定负责人和期限，并在“应收账款”表中标记有争议的发票。",
      },
    },
  ],
};
