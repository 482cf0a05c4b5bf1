import { MemoryGraphStore } from '../../store/memory';
import { describeCorpusIdentity } from './corpus-identity';

describeCorpusIdentity('memory', () => MemoryGraphStore.open());
