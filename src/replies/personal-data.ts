/** Personal data in customer text: the detector now lives with the classifiers and is re-exported here. */

export * from '../classify/personal-data.js';
