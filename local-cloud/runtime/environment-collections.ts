import { collectionIndexes } from '../../server/db/collections';
import { LOCAL_WX_COLLECTIONS } from '../wx/subscribe-message';

/** Every collection of the environment with its indexes: the app's, and the local WeChat services'. */
export const environmentCollections = () => [...collectionIndexes(), ...LOCAL_WX_COLLECTIONS];
