import type { IndicatorInput } from "../schema";

/** A2: a credit function with roles, an approval matrix and sales/credit separation. */
export const organisation: IndicatorInput = {
  code: "A2",
  group: "A",
  weight: 8,
  name: { en: "Organisation and approval authority", zh: "组织架构与审批权限" },
  description: {
    en: "A named credit function with defined roles, an approval matrix for limits and exceptions, and separation between selling and granting credit.",
    zh: "设立明确的信用管理职能，界定岗位职责，建立额度和例外事项的审批权限表，并实行销售与授信分离。",
  },
  questions: [
    {
      en: "Is a person or team formally responsible for credit management?",
      zh: "是否有专人或专门团队正式负责信用管理？",
    },
    {
      en: "Are the credit roles and responsibilities of sales, finance and management written down?",
      zh: "销售、财务和管理层在信用管理中的岗位职责是否有书面规定？",
    },
    {
      en: "Is there an approval matrix stating the largest limit each person may approve?",
      zh: "是否有审批权限表，规定每个人可审批的最高额度？",
    },
    {
      en: "Is credit approval separate from the salespeople who benefit from the sale?",
      zh: "授信审批是否与从该笔销售中获益的销售人员相分离？",
    },
    {
      en: "Are credit staff trained, and is there a deputy who covers their absence?",
      zh: "信用管理人员是否接受过培训，其缺席时是否有人代岗？",
    },
  ],
  actions: [
    {
      id: "appoint-owner",
      targetLevel: 3,
      text: {
        en: "Appoint a credit manager, or a named person in finance, and write down the role's responsibilities.",
        zh: "任命信用经理（或财务部门的指定人员），并书面规定该岗位的职责。",
      },
    },
    {
      id: "approval-matrix",
      targetLevel: 3,
      text: {
        en: "Set up an approval matrix on the Organisation sheet with the largest limit each role may approve.",
        zh: "在“组织”表中建立审批权限表，列明各岗位可审批的最高额度。",
      },
    },
    {
      id: "separate-duties",
      targetLevel: 4,
      text: {
        en: "Move final credit approval out of sales, so that no one approves credit for their own sales.",
        zh: "将最终授信审批权从销售部门分离，确保任何人都不审批自己销售业务的授信。",
      },
    },
  ],
};
