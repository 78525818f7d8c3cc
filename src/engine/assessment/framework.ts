/** The default assessment framework: two groups, eleven indicators, four grades and the gate. */
import { loadFramework, type AssessmentFramework, type FrameworkInput } from "./framework-schema";
import { INDICATORS } from "./indicators";

export const DEFAULT_FRAMEWORK_INPUT: FrameworkInput = {
  groups: [
    {
      code: "A",
      name: { en: "Credit management system (institution)", zh: "信用管理制度" },
      weight: 40,
    },
    { code: "B", name: { en: "Process and implementation", zh: "流程与执行" }, weight: 60 },
  ],
  indicators: [...INDICATORS],
  gradeBands: [
    { code: "financing-ready", minScore: 85, label: { en: "Financing-ready", zh: "具备融资条件" } },
    {
      code: "ready-with-conditions",
      minScore: 70,
      label: { en: "Ready with conditions", zh: "有条件具备融资条件" },
    },
    { code: "developing", minScore: 55, label: { en: "Developing", zh: "建设中" } },
    { code: "not-ready", minScore: 0, label: { en: "Not ready", zh: "尚不具备融资条件" } },
  ],
  // No lender finances receivables that cannot be evidenced, whatever the total score.
  gate: { indicators: ["A5", "B5"], maxLevel: 1, grade: "developing" },
};

export const DEFAULT_FRAMEWORK: AssessmentFramework = loadFramework(DEFAULT_FRAMEWORK_INPUT);
