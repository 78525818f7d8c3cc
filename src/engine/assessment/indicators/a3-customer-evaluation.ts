import type { IndicatorInput } from "../schema";

/** A3: written standards for evaluating customers and granting credit. */
export const customerEvaluation: IndicatorInput = {
  code: "A3",
  group: "A",
  weight: 9,
  name: { en: "Customer evaluation and credit-granting standards", zh: "客户评估与授信标准" },
  description: {
    en: "Written standards for evaluating customers (information required, scoring, risk classes) and for turning the evaluation into terms and limits.",
    zh: "书面规定客户评估标准（所需资料、评分方法、风险等级），以及如何据此确定付款条件和信用额度。",
  },
  questions: [
    {
      en: "Is there a list of the information required before granting credit to a new customer, such as registration, financial statements, references and a credit report?",
      zh: "是否规定了向新客户授信前必须收集的资料，如营业执照、财务报表、商业推荐和信用报告？",
    },
    {
      en: "Is there a documented scoring or rating method with defined risk classes?",
      zh: "是否有书面的评分或评级方法，并定义了风险等级？",
    },
    {
      en: "Do the standards link each risk class to payment terms, limit size and required security?",
      zh: "标准是否将每个风险等级与付款条件、额度大小和所需担保挂钩？",
    },
    {
      en: "Do the standards set how often customers of each risk class are reviewed?",
      zh: "标准是否规定了各风险等级客户的复评频率？",
    },
    {
      en: "Are the standards applied alike to new and existing customers, with every deviation approved?",
      zh: "新老客户是否适用同一标准，每次偏离标准是否都经过审批？",
    },
  ],
  actions: [
    {
      id: "information-checklist",
      targetLevel: 3,
      text: {
        en: "Write a checklist of the documents required from new customers and grant no open terms until it is complete.",
        zh: "制定新客户所需资料清单，资料齐全前不给予赊销。",
      },
    },
    {
      id: "scoring-method",
      targetLevel: 3,
      text: {
        en: "Adopt a scoring method with risk classes A to E and record each customer's class on the Customers sheet.",
        zh: "采用划分 A 至 E 风险等级的评分方法，并在“客户”表中记录每个客户的等级。",
      },
    },
    {
      id: "class-terms",
      targetLevel: 4,
      text: {
        en: "Link each risk class to maximum terms, limit size, security and review frequency.",
        zh: "将每个风险等级与最长账期、额度上限、担保要求和复评频率挂钩。",
      },
    },
  ],
};
