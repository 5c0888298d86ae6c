/** The scaffold catalogue: YAML descriptors read into records, layered (built-in, then custom folders) and validated. */
package dev.agentry.catalog;
