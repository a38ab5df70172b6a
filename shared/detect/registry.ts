/**
 * The detectors Lakstift runs, in order. Add a detector by adding it here. `name.model` comes right
 * after `name.patterns`: it adds only where the rules found nothing on the page.
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
