/**
 * The detectors Lakstift runs, in order. Add a detector by adding it here. `name.model` (phase 2)
 * adds names only where `name.patterns` found nothing on the page; it runs before `name.elsewhere`
 * so that a confident find's other forms are found on its page and the pages after it.
 */
import type { Detector } from './types';
import { emailDetector } from './detectors/email';
import { phoneDetector } from './detectors/phone';
import { namesDetector } from './detectors/names';
import { nameModelDetector } from './detectors/nameModel';
import { propagateDetector } from './detectors/propagate';
import { guidanceDetector } from './detectors/guidance';
import { idsDetector } from './detectors/ids';

export const DETECTORS: readonly Detector[] = [emailDetector, phoneDetector, idsDetector, namesDetector, nameModelDetector, guidanceDetector, propagateDetector];
