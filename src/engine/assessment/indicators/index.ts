/**
 * The indicators in report order. Adding an indicator takes a new module in this folder and one
 * line here. The framework check then requires the weights to add up to 100 again.
 */
import type { IndicatorInput } from "../schema";
import { creditPolicy } from "./a1-credit-policy";
import { organisation } from "./a2-organisation";
import { customerEvaluation } from "./a3-customer-evaluation";
import { contractStandards } from "./a4-contract-standards";
import { creditFiles } from "./a5-credit-files";
import { investigationRating } from "./b1-investigation-rating";
import { limitControl } from "./b2-limit-control";
import { contractPerformance } from "./b3-contract-performance";
import { monitoringCollection } from "./b4-monitoring-collection";
import { financingFitness } from "./b5-financing-fitness";
import { continuousImprovement } from "./b6-continuous-improvement";

export const INDICATORS: readonly IndicatorInput[] = [
  creditPolicy,
  organisation,
  customerEvaluation,
  contractStandards,
  creditFiles,
  investigationRating,
  limitControl,
  contractPerformance,
  monitoringCollection,
  financingFitness,
  continuousImprovement,
];
