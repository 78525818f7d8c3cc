import type { IndicatorInput } from "../schema";

/** B5: receivables a lender would accept. Measured by eligible ÷ gross receivables. */
export const financingFitness: IndicatorInput = {
  code: "B5",
  group: "B",
  weight: 13,
  name: { en: "Receivables fit for financing", zh: "应收账款可融资性" },
  description: {
    en: "Receivables meet lenders' eligibility rules: not too old, undisputed, documented, not concentrated, not pledged and not offset by payables.",
    zh: "应收账款符合融资方的合格标准：账龄不过长、无争议、单据齐全、不过度集中、未质押且未被应付账款抵销。",
  },
  questions: [
    {
      en: "Does the company know which receivables a lender would accept, and why the others are excluded?",
      zh: "公司是否了解融资方会接受哪些应收账款，以及其他应收账款被排除的原因？",
    },
    {
      en: "Are the receivables free of earlier pledges, assignments and bans on assignment?",
      zh: "应收账款是否未被质押或转让，且没有禁止转让的约定？",
    },
    {
      en: "Are sales to related parties and to customers that are also suppliers identified and kept apart?",
      zh: "是否识别并单独管理对关联方的销售以及对同时是供应商的客户的销售？",
    },
    {
      en: "Is the concentration on the largest customers monitored against a limit?",
      zh: "是否对照限额监控对最大客户的集中度？",
    },
    {
      en: "Are receivables from foreign customers insured or otherwise secured?",
      zh: "境外客户的应收账款是否投保或有其他保障？",
    },
  ],
  metrics: [
    {
      key: "eligibleShare",
      name: {
        en: "Eligible receivables ÷ gross receivables",
        zh: "合格应收账款占应收账款总额比例",
      },
      direction: "at-least",
      thresholds: [0.85, 0.8, 0.7, 0.6],
    },
  ],
  actions: [
    {
      id: "clear-exclusions",
      targetLevel: 3,
      text: {
        en: "Work through the excluded receivables in the financing report, largest first: collect old items, resolve disputes and supply missing documents.",
        zh: "按金额从大到小处理融资报告中被排除的应收账款：回收陈旧款项、解决争议、补齐缺失单据。",
      },
    },
    {
      id: "credit-insurance",
      targetLevel: 4,
      text: {
        en: "Insure foreign and large receivables, or obtain guarantees, so that lenders accept them.",
        zh: "为境外及大额应收账款投保信用保险或取得担保，使融资方予以接受。",
      },
    },
    {
      id: "concentration-limit",
      targetLevel: 4,
      text: {
        en: "Set a concentration limit per customer and widen the customer base where one customer exceeds it.",
        zh: "设定单一客户集中度上限；某一客户超限时，拓展客户群。",
      },
    },
  ],
};
