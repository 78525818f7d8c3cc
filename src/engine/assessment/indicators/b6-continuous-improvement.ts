import type { IndicatorInput } from "../schema";

/** B6: periodic evaluation and improvement actions followed to closure. */
export const continuousImprovement: IndicatorInput = {
  code: "B6",
  group: "B",
  weight: 10,
  name: { en: "Evaluation and continuous improvement", zh: "评价与持续改进" },
  description: {
    en: "The credit-management system is evaluated periodically, internally and by outsiders, and improvement actions are assigned, followed up and closed.",
    zh: "定期对信用管理体系开展内部和外部评价，改进措施有人负责、有跟踪、有闭环。",
  },
  questions: [
    {
      en: "Is a self-assessment of credit management carried out at least once a year?",
      zh: "是否至少每年开展一次信用管理自评？",
    },
    {
      en: "Are credit losses, write-offs and major overdue cases analysed for their causes?",
      zh: "是否分析信用损失、坏账核销和重大逾期案例的原因？",
    },
    {
      en: "Does each improvement action have an owner and a due date?",
      zh: "每项改进措施是否都有负责人和完成期限？",
    },
    {
      en: "Are open actions followed up, and were most actions from the last assessment closed?",
      zh: "是否跟踪未完成的措施，上次评估的大部分措施是否已完成？",
    },
    {
      en: "Are the results reported to management and, where relevant, shared with lenders or an external reviewer?",
      zh: "评估结果是否向管理层报告，并在需要时与融资方或外部评审方共享？",
    },
  ],
  actions: [
    {
      id: "annual-assessment",
      targetLevel: 3,
      text: {
        en: "Repeat this self-assessment at least once a year and compare it with the previous run.",
        zh: "至少每年开展一次本自评，并与上次结果进行比较。",
      },
    },
    {
      id: "assign-actions",
      targetLevel: 3,
      text: {
        en: "Give every improvement action an owner and a due date, and review the open actions every month.",
        zh: "为每项改进措施指定负责人和完成期限，并每月检查未完成的措施。",
      },
    },
    {
      id: "loss-review",
      targetLevel: 4,
      text: {
        en: "Analyse each write-off and major overdue case and write the lessons into the credit policy.",
        zh: "分析每笔坏账核销和重大逾期案例，并将经验教训写入信用政策。",
      },
    },
  ],
};
