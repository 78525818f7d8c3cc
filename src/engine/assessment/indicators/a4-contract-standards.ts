import type { IndicatorInput } from "../schema";

/** A4: contract templates, payment terms, legal review and retention of title. */
export const contractStandards: IndicatorInput = {
  code: "A4",
  group: "A",
  weight: 7,
  name: { en: "Contract and payment-terms standards", zh: "合同与付款条件标准" },
  description: {
    en: "Standard sales contracts and terms of sale with legal review, clear payment terms, retention of title and rules for keeping signed originals.",
    zh: "使用经法务审核的标准销售合同和销售条款，付款条件明确，约定所有权保留，并规定签字原件的保管。",
  },
  questions: [
    {
      en: "Are standard contract templates or general terms of sale used for credit sales?",
      zh: "赊销是否使用标准合同模板或通用销售条款？",
    },
    {
      en: "Do the templates state the payment terms, how the due date is set and the interest or fees for late payment?",
      zh: "模板是否写明付款条件、到期日的确定方式以及逾期付款的利息或费用？",
    },
    {
      en: "Do the templates include retention of title and leave the seller free to assign the receivables to a lender?",
      zh: "模板是否包含所有权保留条款，并允许卖方将应收账款转让给融资方？",
    },
    {
      en: "Are changes to the standard terms reviewed by legal or finance before signing?",
      zh: "对标准条款的修改在签署前是否经法务或财务审核？",
    },
    {
      en: "Are signed contracts and confirmed orders kept and retrievable for each customer?",
      zh: "已签署的合同和已确认的订单是否按客户保存并可随时调取？",
    },
  ],
  actions: [
    {
      id: "contract-template",
      targetLevel: 3,
      text: {
        en: "Adopt a lawyer-reviewed standard contract and terms of sale with payment terms, late-payment interest and retention of title.",
        zh: "采用经律师审核的标准合同和销售条款，写明付款条件、逾期利息和所有权保留。",
      },
    },
    {
      id: "contract-register",
      targetLevel: 3,
      text: {
        en: "Record every signed contract, with a link to its file, in the Contracts register.",
        zh: "在“合同”登记表中登记每份已签署的合同，并附文件链接。",
      },
    },
    {
      id: "assignment-clause",
      targetLevel: 4,
      text: {
        en: "Remove bans on assignment from the templates so that receivables can be financed, and approve any deviation in writing.",
        zh: "删除模板中禁止转让应收账款的条款，使应收账款可用于融资；任何偏离须书面批准。",
      },
    },
  ],
};
