import { createContext } from 'react';
import { closedMemberSearch } from './closed-member-search';
import type { MemberSearch } from './member-search-types';

export const MemberSearchContext = createContext<MemberSearch>(closedMemberSearch);
