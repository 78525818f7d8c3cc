import type { IndicatorInput } from "../schema";

/** B4: aging reviewed and overdue money chased. Measured by the overdue and 90+ ratios. */
export const monitoringCollection: IndicatorInput = {
  code: "B4",
  group: "B",
  weight: 12,
  name: { en: "Receivables monitoring and collection", zh: "应收账款监控与催收" },
  description: {
    en: "Receivables are aged regularly, overdue accounts are followed up in set steps, and escalation to legal action or a collection agency follows rules.",
    zh: "定期进行账龄分析，按既定步骤跟进逾期账款，并按规则升级至法律程序或委托催收机构。",
  },
  questions: [
    {
      en: "Is an aging report prepared at least monthly and reviewed by management?",
      zh: "是否至少每月编制账龄分析报告并由管理层审阅？",
    },
    {
      en: "Is there a written collection procedure with steps and timing: reminder, call, supply stop, legal action?",
      zh: "是否有书面催收程序，规定步骤和时间：提醒、电话、停止供货、法律行动？",
    },
    {
      en: "Are payment reminders sent shortly before or soon after the due date?",
      zh: "是否在到期日前夕或到期后不久发送付款提醒？",
    },
    {
      en: "Are promises to pay and the next action recorded for each overdue account?",
      zh: "是否为每个逾期账户记录付款承诺和下一步行动？",
    },
    {
      en: "Are DSO, the overdue ratio and the 90+ ratio tracked against targets?",
      zh: "是否对照目标跟踪应收账款周转天数（DSO）、逾期率和逾期 90 天以上占比？",
    },
  ],
  metrics: [
    {
      key: "overdueRatio",
      name: { en: "Overdue ratio", zh: "逾期率" },
      direction: "at-most",
      thresholds: [0.1, 0.15, 0.25, 0.35],
    },
    {
      key: "over90Ratio",
      name: { en: "Share more than 90 days past due", zh: "逾期 90 天以上占比" },
      direction: "at-most",
      thresholds: [0.02, 0.05, 0.1, 0.15],
    },
  ],
  actions: [
    {
      id: "collection-procedure",
      targetLevel: 3,
      text: {
        en: "Write a collection procedure with reminder, call, supply stop and legal steps at fixed days past due.",
        zh: "制定催收程序，按逾期天数规定提醒、电话、停止供货和法律行动等步骤。",
      },
    },
    {
      id: "collection-worklist",
      targetLevel: 3,
      text: {
        en: "Work a weekly collection list with a promise-to-pay date and a next action for every overdue customer.",
        zh: "每周处理催收清单，为每个逾期客户记录承诺付款日期和下一步行动。",
      },
    },
    {
      id: "escalate-over-90",
      targetLevel: 4,
      text: {
        en: "Escalate every item more than 90 days past due: stop supply, agree a payment plan, or pass it to a lawyer or a collection agency.",
        zh: "对逾期 90 天以上的每笔款项升级处理：停止供货、商定还款计划，或移交律师或催收机构。",
      },
    },
  ],
};
