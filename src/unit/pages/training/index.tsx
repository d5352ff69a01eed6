import { TrainingStatsScreen } from '@/components/training/training-stats-screen';
import { fetchUnitTrainingStats } from '../../services/training.service';

/** The unit's stewards' training: who has required courses open or overdue comes first. */
export default function UnitTrainingPage() {
  return <TrainingStatsScreen className='unit-training-page' load={(year) => fetchUnitTrainingStats({ year })} />;
}
