package dev.agentry.detect;

/**
 * One thing found in the repository that counts for an answer.
 *
 * @param key the answer it counts for ({@code stack}, {@code project-type}, {@code deployment}, {@code agents}) or
 *     {@code surface}
 * @param value the id it counts for ({@code go}, {@code web-app}), or the surface's name
 * @param path where it was found, relative to the repository
 * @param why what was found there, as a reader would say it ("requires module github.com/gin-gonic/gin")
 * @param label a short name of what was found for one-line summaries ("gin"), or null when the path says it all
 * @param score how much it counted: the signal's weight times the factor of where it was found
 */
public record Evidence(String key, String value, String path, String why, String label, double score) {

    /** The same finding counted for another answer. */
    Evidence as(String otherKey, String otherValue) {
        return new Evidence(otherKey, otherValue, path, why, label, score);
    }
}
