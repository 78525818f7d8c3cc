import type { IndicatorInput } from "../schema";

/** A1: a written, approved credit policy that covers terms, limits, exceptions and its review. */
export const creditPolicy: IndicatorInput = {
  code: "A1",
  group: "A",
  weight: 8,
  name: { en: "Credit policy", zh: "信用政策" },
  description: {
    en: "A written credit policy, approved by management, that covers payment terms, credit limits, exceptions and its own periodic review.",
    zh: "经管理层批准的书面信用政策，涵盖付款条件、信用额度、例外审批及政策本身的定期修订。",
  },
  questions: [
    {
      en: "Is there a written credit policy approved by management or the board?",
      zh: "是否有经管理层或董事会批准的书面信用政策？",
    },
    {
      en: "Does the policy set standard payment terms and the conditions for granting longer terms?",
      zh: "政策是否规定了标准付款条件以及给予更长账期的条件？",
    },
    {
      en: "Does the policy define how credit limits are set, approved and changed?",
      zh: "政策是否规定了信用额度的设定、审批和调整方式？",
    },
    {
      en: "Does the policy say who may approve exceptions, such as sales over the limit or to overdue customers, and how exceptions are recorded?",
      zh: "政策是否规定了由谁审批例外事项（如超额度销售、向逾期客户销售）以及如何记录例外事项？",
    },
    {
      en: "Is the policy reviewed at least once a year and communicated to sales, finance and management?",
      zh: "政策是否至少每年复核一次，并传达到销售、财务和管理层？",
    },
  ],
  actions: [
    {
      id: "write-policy",
      targetLevel: 3,
      text: {
        en: "Write a credit policy covering payment terms, limits, exceptions, collection steps and review, and have management approve it.",
        zh: "制定涵盖付款条件、信用额度、例外审批、催收步骤和复核机制的信用政策，并报管理层批准。",
      },
    },
    {
      id: "exception-rules",
      targetLevel: 3,
      text: {
        en: "Define who approves exceptions such as over-limit sales and shipments to overdue customers, and log every exception.",
        zh: "明确超额度销售、向逾期客户发货等例外事项的审批权限，并逐笔登记例外事项。",
      },
    },
    {
      id: "annual-review",
      targetLevel: 4,
      text: {
        en: "Schedule an annual policy review and brief sales and finance staff on each new version.",
        zh: "安排信用政策年度复核，并就每个新版本向销售和财务人员宣贯。",
      },
    },
  ],
};
