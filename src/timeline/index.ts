// The timeline, beside the engine: versions over time. The text in force on a
// date (pending wording applied), which act changed what (attribution), the
// life of one article (history) and where each point's wording comes from
// (blame). Pure like the engine it builds on: articles in, results out; what
// it refuses it throws as domain errors (errors.ts), never as exit codes.
export { NotFoundError, PendingTargetError, ReversedPairError } from './errors.js';
export { applyPending, applyPendingAll, isDue, type ApplyPendingOptions } from './pending.js';
export { articleInForce, inForceOn, numberingChange, versionInForce } from './in-force.js';
export { attributeArticle, attributeVersions, isNewText } from './attribution.js';
export { articleHistory, Timeline, type VersionText } from './history.js';
export { articleBlame } from './blame.js';
export { selectArticles } from './select.js';
export { checkLanguages, checkStepLanguages, checkVersionLanguages, languagesDiffer, pointKeys, type BilingualText, type StepDiffs } from './languages.js';
export { articleLines, type ArticleLine, type LineCell } from './lines.js';
