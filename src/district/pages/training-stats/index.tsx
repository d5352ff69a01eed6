import Taro, { useRouter } from '@tarojs/taro';
import { TrainingStatsScreen } from '@/components/training/training-stats-screen';
import { trainingStatsUrl } from '@/utils/training-urls';
import { fetchTrainingStats } from '../../services/training.service';

/** Every unit's training (tap one for its stewards): hours and required courses completed, weakest first. */
export default function TrainingStatsPage() {
  const { unitId } = useRouter().params;
  return (
    <TrainingStatsScreen
      className='training-stats-page'
      scope={unitId}
      load={(year) => fetchTrainingStats({ year, ...(unitId ? { unitId } : {}) })}
      onRow={(row, stats) => (stats.rows === 'unit' ? void Taro.navigateTo({ url: trainingStatsUrl(row.subjectId) }) : undefined)}
    />
  );
}
