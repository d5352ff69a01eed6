import Taro, { useRouter } from '@tarojs/taro';
import { StewardTrainingScreen } from '@/components/training/steward-training-screen';
import { TrainingStatsScreen } from '@/components/training/training-stats-screen';
import { trainingStatsUrl } from '@/utils/training-urls';
import { fetchTrainingStats } from '../../services/training.service';

/** Every unit's training, weakest first (tap one for its stewards, a page at a time): hours and required courses completed. */
export default function TrainingStatsPage() {
  const { unitId } = useRouter().params;
  if (unitId) return <StewardTrainingScreen className='training-stats-page' scope={unitId} load={(query) => fetchTrainingStats({ ...query, unitId })} />;
  return (
    <TrainingStatsScreen
      className='training-stats-page'
      load={(year) => fetchTrainingStats({ year })}
      onRow={(row) => void Taro.navigateTo({ url: trainingStatsUrl(row.subjectId) })}
    />
  );
}
