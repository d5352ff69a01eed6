import { action } from '@/services/action';

/** The annual assessment (年考核) and the excellent-steward selection, for the district and the units. */
export const fetchScheme = action('assessment.scheme');
export const saveScheme = action('assessment.saveScheme');
export const publishScheme = action('assessment.publishScheme');
export const runAssessment = action('assessment.run');
export const fetchAssessmentYear = action('assessment.year');
export const fetchUnitResult = action('assessment.unit');
export const fetchSubjectResult = action('assessment.subject');
export const fetchEvidence = action('assessment.evidence');
export const publishResults = action('assessment.publish');
export const acknowledgeResult = action('assessment.acknowledge');
export const fetchSelection = action('selection.get');
export const nominateStewards = action('selection.nominate');
export const reviewNominee = action('selection.review');
export const publishSelection = action('selection.publish');
export const exportSelection = action('selection.export');
