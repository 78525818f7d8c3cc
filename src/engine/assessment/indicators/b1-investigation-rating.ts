import type { IndicatorInput } from "../schema";

/** B1: customers investigated and rated, and re-rated on time. Measured by ratings within review period. */
export const investigationRating: IndicatorInput = {
  code: "B1",
  group: "B",
  weight: 9,
  name: { en: "Investigation and rating", zh: "信用调查与评级" },
  description: {
    en: "Customers are investigated and rated before credit is granted, and re-rated within the review period of their risk class.",
    zh: "授信前对客户进行调查和评级，并在其风险等级规定的复评周期内重新评级。",
  },
  questions: [
    {
      en: "Is every new customer investigated and rated before the first credit sale?",
      zh: "是否在首次赊销前对每个新客户进行调查和评级？",
    },
    {
      en: "Are external sources used, such as a credit bureau report, public records or bank and trade references?",
      zh: "是否利用外部信息来源，如征信报告、公共记录或银行及商业推荐？",
    },
    {
      en: "Are customers' financial statements obtained and analysed where they are available?",
      zh: "是否在可获得时取得并分析客户的财务报表？",
    },
    {
      en: "Are existing customers re-rated within the review period of their risk class?",
      zh: "老客户是否在其风险等级规定的复评周期内重新评级？",
    },
    {
      en: "Is each rating recorded with its date and approved by someone other than the salesperson?",
      zh: "每次评级是否记录日期，并由销售人员以外的人员批准？",
    },
  ],
  metrics: [
    {
      key: "ratedOnTimeShare",
      name: {
        en: "Active customers rated within their review period",
        zh: "在复评周期内完成评级的活跃客户占比",
      },
      direction: "at-least",
      thresholds: [0.95, 0.9, 0.8, 0.6],
    },
  ],
  actions: [
    {
      id: "rerate-overdue",
      targetLevel: 3,
      text: {
        en: "Re-rate every active customer whose review date has passed, largest exposure first.",
        zh: "对所有已过复评日期的活跃客户重新评级，风险敞口大的优先。",
      },
    },
    {
      id: "review-calendar",
      targetLevel: 4,
      text: {
        en: "Keep a review calendar from the risk classes (A 12, B 6, C 3, D 1 months) and check it every month.",
        zh: "根据风险等级建立复评日历（A 类 12 个月、B 类 6 个月、C 类 3 个月、D 类 1 个月），并每月检查。",
      },
    },
    {
      id: "external-data",
      targetLevel: 4,
      text: {
        en: "Obtain a credit report or public-record check for each customer above a set exposure.",
        zh: "对风险敞口超过设定金额的客户，取得信用报告或进行公共记录核查。",
      },
    },
  ],
};
