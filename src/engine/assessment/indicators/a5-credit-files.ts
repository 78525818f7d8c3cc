import type { IndicatorInput } from "../schema";

/** A5: a credit file per customer, kept in one information system. Measured by complete files. */
export const creditFiles: IndicatorInput = {
  code: "A5",
  group: "A",
  weight: 8,
  name: { en: "Credit files and information system", zh: "信用档案与信息系统" },
  description: {
    en: "A credit file for each customer (registration, financials, rating, limit approval, contracts), kept in one system that shows exposure, aging and review dates.",
    zh: "为每个客户建立信用档案（登记信息、财务资料、评级、额度审批、合同），并在统一的系统中查看风险敞口、账龄和复评日期。",
  },
  questions: [
    {
      en: "Does every active customer have a credit file?",
      zh: "是否每个活跃客户都有信用档案？",
    },
    {
      en: "Does each file contain registration data, financial statements, the rating and the approved limit?",
      zh: "每份档案是否包含登记信息、财务报表、信用评级和已批准的额度？",
    },
    {
      en: "Are files updated at each review and whenever material news about the customer arrives?",
      zh: "是否在每次复评时以及获悉客户重大信息时更新档案？",
    },
    {
      en: "Does one system or workbook show each customer's limit, exposure, aging and next review date?",
      zh: "是否有一个系统或工作簿能显示每个客户的额度、风险敞口、账龄和下次复评日期？",
    },
    {
      en: "Are credit data backed up, with access restricted to authorised staff?",
      zh: "信用数据是否有备份，并仅限授权人员访问？",
    },
  ],
  metrics: [
    {
      key: "completeFileShare",
      name: { en: "Customers with a complete credit file", zh: "信用档案完整的客户占比" },
      direction: "at-least",
      thresholds: [0.95, 0.9, 0.8, 0.6],
    },
  ],
  actions: [
    {
      id: "complete-files",
      targetLevel: 3,
      text: {
        en: "Complete the missing credit files, largest exposure first: registration, financial statements, rating and limit approval.",
        zh: "从风险敞口最大的客户开始补齐缺失的信用档案：登记信息、财务报表、评级和额度审批。",
      },
    },
    {
      id: "file-standard",
      targetLevel: 3,
      text: {
        en: "Define the minimum content of a credit file and record for each customer on the Customers sheet which parts are present.",
        zh: "规定信用档案的最低内容，并在“客户”表中逐户记录已具备的部分。",
      },
    },
    {
      id: "single-register",
      targetLevel: 4,
      text: {
        en: "Keep limits, exposure, aging and review dates in one backed-up workbook that only credit and finance staff can open.",
        zh: "将额度、风险敞口、账龄和复评日期集中在一个有备份的工作簿中，仅限信用和财务人员访问。",
      },
    },
  ],
};
