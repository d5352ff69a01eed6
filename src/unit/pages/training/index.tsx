import { StewardTrainingScreen } from '@/components/training/steward-training-screen';
import { fetchUnitTrainingStats } from '../../services/training.service';

/** The unit's stewards' training: its total, then who has required courses overdue (or everyone), a page at a time. */
export default function UnitTrainingPage() {
  return <StewardTrainingScreen className='unit-training-page' load={fetchUnitTrainingStats} />;
}
