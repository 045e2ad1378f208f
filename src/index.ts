// salesmetrics: every public function, type and schema, re-exported. Nothing is defined here.

// core
export { KpiInputError, MAX_ISSUES, type KpiIssue } from "./core/errors.js";
export { countSchema } from "./core/count.js";
export { confidenceSchema, grossMarginSchema, positiveRateSchema, rateSchema } from "./core/rate.js";
export { moneySchema, nonNegativeMoneySchema, type Money } from "./core/money.js";
export { MAX_PLAN_PERIODS } from "./core/limits.js";
export { instantSchema, timeZoneSchema, type Instant } from "./core/instant.js";
export {
  fiscalYearStartMonthSchema,
  periodOptionsSchema,
  periodSchema,
  type Period,
  type PeriodOptions,
} from "./core/periods.js";
export { dealStatusSchema, type DealStatus } from "./core/deals.js";
export { customerIdSchema } from "./core/ids.js";

// funnel
export { activityPlan, activityPlanInputSchema, type ActivityPlan, type ActivityPlanInput } from "./funnel/activityPlan.js";
export {
  backsolveFunnel,
  backsolveFunnelInputSchema,
  backsolveFunnelOptionsSchema,
  backsolveRoundingSchema,
  type BacksolvedFunnel,
  type BacksolveFunnelInput,
  type BacksolveFunnelOptions,
  type BacksolveRounding,
} from "./funnel/backsolveFunnel.js";
export { callsPerContact } from "./funnel/callsPerContact.js";
export { closeRatio, closeRatioInputSchema, type CloseRatioInput } from "./funnel/closeRatio.js";
export { connectRate, callContactsInputSchema, type CallContactsInput } from "./funnel/connectRate.js";
export { conversionRate, conversionRateInputSchema, type ConversionRateInput } from "./funnel/conversionRate.js";
export {
  followUpStats,
  followUpLeadSchema,
  followUpLeadsSchema,
  followUpStatsOptionsSchema,
  type FollowUpLead,
  type FollowUpStats,
  type FollowUpStatsOptions,
  type WinsAtTouch,
} from "./funnel/followUpStats.js";
export {
  funnel,
  funnelStageSchema,
  funnelStagesSchema,
  type FunnelResult,
  type FunnelStage,
  type FunnelStageResult,
} from "./funnel/funnel.js";
export {
  rateInterval,
  rateIntervalInputSchema,
  rateIntervalOptionsSchema,
  type RateIntervalInput,
  type RateIntervalOptions,
  type RateWithInterval,
} from "./funnel/rateInterval.js";
export {
  requiredNewCustomers,
  requiredNewCustomersInputSchema,
  type RequiredNewCustomersInput,
} from "./funnel/requiredNewCustomers.js";
export { winRate, winRateInputSchema, type WinRateInput } from "./funnel/winRate.js";

// time
export {
  businessCalendar,
  businessCalendarInputSchema,
  businessHoursSchema,
  dayHoursSchema,
  holidaysSchema,
  openingRangeSchema,
  WEEKDAYS,
  type BusinessCalendar,
  type BusinessCalendarInput,
  type BusinessHours,
  type OpeningRange,
  type Weekday,
} from "./time/businessCalendar.js";
export { businessMinutes } from "./time/businessMinutes.js";
export { cagr, cagrInputSchema, type CagrInput } from "./time/cagr.js";
export { pace, paceInputSchema, type Pace, type PaceInput } from "./time/pace.js";
export { quotaAttainment, quotaPeriodSchema, type QuotaPeriod } from "./time/quotaAttainment.js";
export { quotaAttainmentToDate, quotaPeriodsSchema } from "./time/quotaAttainmentToDate.js";
export { salesGrowth, salesGrowthInputSchema, type SalesGrowthInput } from "./time/salesGrowth.js";
export {
  revenueByPeriod,
  revenueByPeriodOptionsSchema,
  revenueRecordSchema,
  revenueRecordsSchema,
  type RevenueByPeriodOptions,
  type RevenueForPeriod,
  type RevenueRecord,
} from "./time/revenueByPeriod.js";
export {
  growthSeries,
  growthRowSchema,
  growthRowsSchema,
  type GrowthRow,
  type GrowthSeriesRow,
} from "./time/growthSeries.js";
export { businessDays } from "./time/businessDays.js";
export {
  leadResponseTime,
  leadResponseLeadsSchema,
  leadResponseLeadsSchemaFor,
  leadResponseTimeOptionsSchema,
  type LeadResponseTime,
  type LeadResponseTimeOptions,
  type ResponseLead,
} from "./time/leadResponseTime.js";
export {
  paceToDate,
  paceToDateInputSchema,
  paceToDateInputSchemaFor,
  paceToDateOptionsSchema,
  type PaceToDateInput,
  type PaceToDateOptions,
} from "./time/paceToDate.js";
export {
  salesCycleLength,
  salesCycleDealsSchema,
  salesCycleDealsSchemaFor,
  salesCycleLengthOptionsSchema,
  type CycleDeal,
  type CycleInclude,
  type SalesCycleLength,
  type SalesCycleLengthOptions,
} from "./time/salesCycleLength.js";

// customers
export {
  cohortRetention,
  cohortOptionsSchema,
  cohortTransactionSchema,
  cohortTransactionsSchema,
  type CohortOptions,
  type CohortTransaction,
  type RetentionCohort,
} from "./customers/cohortRetention.js";
export {
  cohortRevenue,
  cohortRevenueTransactionSchema,
  cohortRevenueTransactionsSchema,
  type CohortRevenueTransaction,
  type RevenueCohort,
} from "./customers/cohortRevenue.js";
export { cac, cacInputSchema, type CacInput } from "./customers/cac.js";
export { cacPayback, cacPaybackInputSchema, type CacPaybackInput } from "./customers/cacPayback.js";
export { ltv, ltvInputSchema, ltvMethodSchema, type LtvInput, type LtvMethod } from "./customers/ltv.js";
export { ltvToCac, ltvToCacInputSchema, type LtvToCacInput } from "./customers/ltvToCac.js";
export {
  churnRate,
  churnRateInputSchema,
  churnRateStartPlusNewInputSchema,
  churnRateAverageInputSchema,
  churnDenominatorSchema,
  churnRateOptionsSchema,
  type ChurnDenominator,
  type ChurnRateInput,
  type ChurnRateOptions,
} from "./customers/churnRate.js";
export { retentionRate, retentionRateInputSchema, type RetentionRateInput } from "./customers/retentionRate.js";
export { annualizeChurn, churnPeriodsOptionsSchema, type ChurnPeriodsOptions } from "./customers/annualizeChurn.js";
export { periodicChurn } from "./customers/periodicChurn.js";
export {
  reactivationOptionsSchema,
  revenueChurn,
  revenueChurnInputSchema,
  revenueChurnWithReactivationInputSchema,
  type ReactivationOptions,
  type RevenueChurn,
  type RevenueChurnInput,
} from "./customers/revenueChurn.js";
export {
  netRevenueRetention,
  netRevenueRetentionInputSchema,
  type NetRevenueRetentionInput,
} from "./customers/netRevenueRetention.js";
export {
  grossRevenueRetention,
  grossRevenueRetentionInputSchema,
  type GrossRevenueRetentionInput,
} from "./customers/grossRevenueRetention.js";
export {
  quickRatio,
  quickRatioInputSchema,
  quickRatioWithReactivationInputSchema,
  type QuickRatioInput,
} from "./customers/quickRatio.js";
export { nps, npsScoreSchema, npsScoresSchema, npsOptionsSchema, type Nps, type NpsOptions } from "./customers/nps.js";
export { arpa, arpaInputSchema, type ArpaInput } from "./customers/arpa.js";
export { averageDealSize, averageDealSizeInputSchema, type AverageDealSizeInput } from "./customers/averageDealSize.js";
export { upsellRate, upsellRateInputSchema, type UpsellRateInput } from "./customers/upsellRate.js";
export { crossSellRate } from "./customers/crossSellRate.js";
export {
  averageProfitMargin,
  profitMarginItemSchema,
  profitMarginItemsSchema,
  profitMarginAverageSchema,
  averageProfitMarginOptionsSchema,
  type AverageProfitMarginOptions,
  type ProfitMarginItem,
} from "./customers/averageProfitMargin.js";
export { costPerLead, costPerLeadInputSchema, type CostPerLeadInput } from "./customers/costPerLead.js";
export {
  mrrMovements,
  mrrSnapshotSchema,
  mrrSnapshotsSchema,
  type MrrMovement,
  type MrrMovementType,
  type MrrPeriod,
  type MrrSnapshot,
} from "./customers/mrrMovements.js";

// reps
export { revenuePerRep, revenuePerRepInputSchema, type RevenuePerRepInput } from "./reps/revenuePerRep.js";
export {
  targetAttainmentByRep,
  targetAttainmentByRepInputSchema,
  repSaleSchema,
  repTargetSchema,
  type RepAttainment,
  type RepSale,
  type RepTarget,
  type TargetAttainmentByRep,
  type TargetAttainmentByRepInput,
} from "./reps/targetAttainmentByRep.js";

// pipeline
export { groupKpi, groupKeySchema, type GroupKey } from "./pipeline/groupKpi.js";
export { pipelineCoverage, pipelineCoverageInputSchema, type PipelineCoverageInput } from "./pipeline/pipelineCoverage.js";
export { pipelineVelocity, pipelineVelocityInputSchema, type PipelineVelocityInput } from "./pipeline/pipelineVelocity.js";
export { requiredCoverage, requiredCoverageInputSchema } from "./pipeline/requiredCoverage.js";
export {
  weightedPipeline,
  weightedPipelineDealsSchemaFor,
  weightedPipelineOptionsSchema,
  type WeightedDeal,
  type WeightedPipelineOptions,
} from "./pipeline/weightedPipeline.js";
export {
  stageConversion,
  stageConversionOptionsSchema,
  stageHistoriesSchemaFor,
  type StageConversionOptions,
  type StageEntry,
  type StageFlow,
} from "./pipeline/stageConversion.js";
export {
  pipelineSummary,
  pipelineDealsSchemaFor,
  pipelineSummaryOptionsSchema,
  type PipelineDeal,
  type PipelineSummary,
  type PipelineSummaryOptions,
} from "./pipeline/pipelineSummary.js";

// clv
export { fitOptionsSchema, type FitOptions, type ModelFit } from "./clv/modelFit.js";
export {
  clvTimeUnitSchema,
  rfmSummary,
  rfmSummaryOptionsSchema,
  rfmTransactionSchema,
  rfmTransactionsSchema,
  type ClvTimeUnit,
  type RfmSummaryOptions,
  type RfmSummaryRow,
  type RfmTransaction,
} from "./clv/rfmSummary.js";
export {
  fitBgNbd,
  bgNbdCustomersSchema,
  bgNbdParamsSchema,
  fitBgNbdOptionsSchema,
  rfmCustomerSchema,
  type BgNbdFit,
  type BgNbdParameters,
  type FitBgNbdOptions,
  type RfmCustomer,
} from "./clv/fitBgNbd.js";
export {
  bgNbdExpectedPurchases,
  bgNbdExpectedPurchasesInputSchema,
  type BgNbdExpectedPurchasesInput,
} from "./clv/bgNbdExpectedPurchases.js";
export {
  bgNbdConditionalExpectedPurchases,
  bgNbdConditionalInputSchema,
  type BgNbdConditionalInput,
} from "./clv/bgNbdConditionalExpectedPurchases.js";
export {
  bgNbdProbabilityAlive,
  bgNbdProbabilityAliveInputSchema,
  type BgNbdProbabilityAliveInput,
} from "./clv/bgNbdProbabilityAlive.js";
export {
  bgNbdPurchaseProbability,
  bgNbdPurchaseProbabilityInputSchema,
  type BgNbdPurchaseProbabilityInput,
} from "./clv/bgNbdPurchaseProbability.js";
export {
  fitGammaGamma,
  gammaGammaCustomersSchema,
  gammaGammaParamsSchema,
  spendCustomerSchema,
  type GammaGammaFit,
  type GammaGammaParameters,
  type SpendCustomer,
} from "./clv/fitGammaGamma.js";
export {
  gammaGammaExpectedSpend,
  gammaGammaExpectedSpendInputSchema,
  type GammaGammaExpectedSpendInput,
} from "./clv/gammaGammaExpectedSpend.js";
export {
  customerLifetimeValue,
  customerLifetimeValueInputSchema,
  customerLifetimeValueOptionsSchema,
  valuedCustomerSchema,
  type CustomerLifetimeValueInput,
  type CustomerLifetimeValueOptions,
  type CustomerValue,
} from "./clv/customerLifetimeValue.js";
export {
  fitShiftedBetaGeometric,
  fitShiftedBetaGeometricOptionsSchema,
  shiftedBetaGeometricParamsSchema,
  survivalCurveSchema,
  type FitShiftedBetaGeometricOptions,
  type ShiftedBetaGeometricFit,
  type ShiftedBetaGeometricParameters,
} from "./clv/fitShiftedBetaGeometric.js";
export {
  shiftedBetaGeometricSurvival,
  shiftedBetaGeometricSurvivalInputSchema,
  type ShiftedBetaGeometricSurvivalInput,
} from "./clv/shiftedBetaGeometricSurvival.js";
export {
  shiftedBetaGeometricResidualLifetime,
  shiftedBetaGeometricResidualLifetimeInputSchema,
  type ShiftedBetaGeometricResidualLifetimeInput,
} from "./clv/shiftedBetaGeometricResidualLifetime.js";
