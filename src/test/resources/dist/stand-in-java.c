/*
 * A stand-in for java.exe, for trying bin/agentry.cmd under Wine where no Windows JDK can be had: it appends its
 * arguments to the file named by STAND_IN_LOG, writes the start-up archive a training run names (unless
 * STAND_IN_NO_ARCHIVE is set), creates the training team's CLAUDE.md, answers -XshowSettings:properties as a
 * Java 21 would, logs that CLAUDE.md and the manifests beside it (each line as "NAME: line") when it is updated, and
 * prints a version line for --version.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <windows.h>

int main(int argc, char **argv) {
    const char *log = getenv("STAND_IN_LOG");
    FILE *f = log ? fopen(log, "a") : NULL;
    if (f) {
        fprintf(f, "java");
        for (int i = 1; i < argc; i++) fprintf(f, " [%s]", argv[i]);
        fprintf(f, "\n");
        fclose(f);
    }
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *archive = NULL;
        if (strncmp(a, "-XX:ArchiveClassesAtExit=", 25) == 0) archive = a + 25;
        if (strncmp(a, "-XX:AOTCacheOutput=", 19) == 0) archive = a + 19;
        if (archive && !getenv("STAND_IN_NO_ARCHIVE")) {
            FILE *o = fopen(archive, "wb");
            if (o) { fputs("archive", o); fclose(o); }
        }
        if (strcmp(a, "-XshowSettings:properties") == 0) {
            fprintf(stderr, "Property settings:\n    java.specification.version = 21\n    java.runtime.version = 21.0.1+12\n");
        }
        if (strcmp(a, "--version") == 0) printf("agentry (stand-in java)\n");
        if (strcmp(a, "generate") == 0 && i + 2 < argc && strcmp(argv[i + 1], "--target") == 0) {
            char path[2048];
            CreateDirectoryA(argv[i + 2], NULL);
            snprintf(path, sizeof path, "%s\\CLAUDE.md", argv[i + 2]);
            FILE *c = fopen(path, "a");
            if (c) { fputs("team\n", c); fclose(c); }
        }
        if (strcmp(a, "update") == 0 && i + 2 < argc && strcmp(argv[i + 1], "--target") == 0 && log) {
            static const char *files[] = {"CLAUDE.md", "web\\package.json", "pyproject.toml", "go.mod", "pom.xml",
                ".github\\workflows\\deploy.yml", "fly.toml"};
            for (size_t n = 0; n < sizeof files / sizeof files[0]; n++) {
                char path[2048], line[512];
                snprintf(path, sizeof path, "%s\\%s", argv[i + 2], files[n]);
                FILE *c = fopen(path, "r");
                FILE *l = fopen(log, "a");
                if (c && l) {
                    while (fgets(line, sizeof line, c)) fprintf(l, "%s: %s", files[n], line);
                }
                if (c) fclose(c);
                if (l) fclose(l);
            }
        }
    }
    return 0;
}
