import { action } from '@/services/action';

/** An enterprise contact sets how and when the government may contact it (无事不扰). */
export const savePreferences = action('enterprise.setPreferences');
