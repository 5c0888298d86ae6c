/**
 * Reading and writing YAML and JSON: the only package that uses Jackson and snakeyaml-engine. Input is read strictly
 * (size limits, no duplicate keys, no aliases, unknown keys named with a "did you mean"); a YAML file people edit by
 * hand is given new values in place ({@link dev.agentry.codec.YamlEditor}).
 */
package dev.agentry.codec;
