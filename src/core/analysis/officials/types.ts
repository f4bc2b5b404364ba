import type { Person } from '../types';
import type { Span } from '../../text/types';

/** A title (or group label) found in the text. */
export interface TitleMatch extends Span {
  /** The title as written, e.g. 市应急管理局局长, 区委副书记, 市领导. */
  text: string;
  /** Where its post (局长, 书记 …) starts; equals `start` for labels. */
  postStart: number;
  post: string;
  /** A group label (市领导, 区领导): introduces names without giving their titles. */
  label: boolean;
  /** The title names its organisation (市应急管理局局长), as opposed to a bare post (副区长, 总书记). */
  hasOrganisation: boolean;
}

/** A personal name found in the text. */
export interface NameMatch extends Span {
  name: string;
  /** Where the given name starts (after the surname); equals `start` for names without a surname. */
  givenStart: number;
}

/**
 * A person who is not an official (a reporter, an editor …). `role` is the first role the text gives;
 * `roles` keeps all of them when the same person is credited twice (通讯员 in the byline, 作者 at the end).
 */
export interface PersonEntry extends Person {
  roles: string[];
}
