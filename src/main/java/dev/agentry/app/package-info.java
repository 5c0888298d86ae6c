/** Use cases: generate and update, check, remove and list, each one public method over the pipeline. */
package dev.agentry.app;
