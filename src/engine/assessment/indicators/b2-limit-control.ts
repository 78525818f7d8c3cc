import type { IndicatorInput } from "../schema";

/** B2: approved limits applied to orders and shipments. Measured by exposure within limit. */
export const limitControl: IndicatorInput = {
  code: "B2",
  group: "B",
  weight: 9,
  name: { en: "Limit control", zh: "信用额度控制" },
  description: {
    en: "Every customer has an approved limit; orders and shipments are checked against it, and exposure over the limit is approved or blocked.",
    zh: "每个客户都有经审批的信用额度；接单和发货均对照额度检查，超出额度的风险敞口须经审批或予以冻结。",
  },
  questions: [
    {
      en: "Does every credit customer have an approved, recorded credit limit?",
      zh: "是否每个赊销客户都有经审批并记录在案的信用额度？",
    },
    {
      en: "Is exposure (open receivables plus open orders) checked against the limit before an order is accepted and shipped?",
      zh: "接单和发货前是否对照额度检查风险敞口（未收应收账款加未开票订单）？",
    },
    {
      en: "Are orders from customers over their limit, or with items more than 90 days overdue, held until approved?",
      zh: "对超出额度或有逾期 90 天以上款项的客户，其订单是否暂停直至获得批准？",
    },
    {
      en: "Are limit increases approved according to the approval matrix?",
      zh: "额度提高是否按审批权限表审批？",
    },
    {
      en: "Is a list of customers over their limit reviewed at least monthly?",
      zh: "是否至少每月审阅一次超额度客户清单？",
    },
  ],
  metrics: [
    {
      key: "withinLimitShare",
      name: { en: "Exposure within limit, by amount", zh: "额度内风险敞口占比（按金额）" },
      direction: "at-least",
      thresholds: [0.98, 0.95, 0.9, 0.8],
    },
  ],
  actions: [
    {
      id: "set-limits",
      targetLevel: 3,
      text: {
        en: "Set an approved limit for every customer that has none and record it on the Customers sheet.",
        zh: "为尚无额度的客户设定经审批的信用额度，并记录在“客户”表中。",
      },
    },
    {
      id: "order-check",
      targetLevel: 3,
      text: {
        en: "Check exposure against the limit before each order and shipment, and hold orders over the limit until they are approved.",
        zh: "在每次接单和发货前对照额度检查风险敞口，超额订单须经审批后方可放行。",
      },
    },
    {
      id: "over-limit-review",
      targetLevel: 4,
      text: {
        en: "Review the over-limit list every month and either approve a higher limit or reduce the exposure.",
        zh: "每月审阅超额度清单，或批准提高额度，或压降风险敞口。",
      },
    },
  ],
};
