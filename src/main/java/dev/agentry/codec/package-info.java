/**
 * Reading and writing YAML and JSON: the only package that uses Jackson. Input is read strictly
 * (size limits, no duplicate keys, no aliases, unknown keys named with a "did you mean").
 */
package dev.agentry.codec;
