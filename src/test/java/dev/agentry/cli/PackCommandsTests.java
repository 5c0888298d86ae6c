package dev.agentry.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.agentry.pack.PackRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scaffold packs in git, as a user meets them: generate at a tag, edit, a new tag, pinned runs, upgrades that merge,
 * offline runs from the cache, refs and packs that cannot be used, refused sources. Each command is a run of its own.
 */
class PackCommandsTests {

    static final String REVIEWER = ".claude/agents/code-reviewer.md";

    @TempDir
    Path home;

    @TempDir
    Path target;

    private PackHarness agentry;
    private PackRepository pack;
    private String v1;

    @BeforeEach
    void pack() {
        agentry = new PackHarness(home);
        pack = PackRepository.create(home.resolve("server"), "acme-team");
        v1 = pack.commit("v1", files("1.0.0", "Reviewer v1"));
        pack.tag("v1.0.0");
    }

    @AfterEach
    void close() {
        pack.close();
    }

    static Map<String, String> files(String version, String line) {
        return Map.of("catalog.yml", "name: acme-team\nversion: " + version + "\nrequires-agentry: \">=0.1\"\n",
                "templates/code-reviewer.ftl", reviewer(line));
    }

    static String reviewer(String line) {
        return "<#import \"lib/team.ftl\" as t>\n# Role\n" + line + "\n\n# Checklist\n- one\n- two\n- three\n- four\n- five\n"
                + "- six\n\n<@t.collaboration/>\n";
    }

    private CliHarness.Run generate(Path folder, String source) {
        return agentry.run("generate", "--target", folder.toString(), "--project-type", "backend-api", "--deployment", "aws",
                "--stack", "go", "--scaffolds", source);
    }

    private CliHarness.Run generate(String source) {
        return generate(target, source);
    }

    private CliHarness.Run run(String command, String... args) {
        List<String> all = new ArrayList<>(List.of(command, "--target", target.toString()));
        all.addAll(List.of(args));
        return agentry.run(all.toArray(String[]::new));
    }

    private String read(String path) throws Exception {
        return Files.readString(target.resolve(path));
    }

    private static void ok(CliHarness.Run run) {
        assertThat(run.code()).as(run.err() + run.out()).isZero();
    }

    /** The v1 team, the reviewer edited by the user, and a v1.1.0 that changes another line of the reviewer. */
    private String editedThenReleased(String source) throws Exception {
        ok(generate(source));
        Files.writeString(target.resolve(REVIEWER), read(REVIEWER).replace("- six\n", "- six\n- my own check\n"));
        Map<String, String> v11 = new java.util.HashMap<>(files("1.1.0", "Reviewer v1.1"));
        String id = pack.commit("v1.1", v11);
        pack.tag("v1.1.0");
        return id;
    }

    @Test
    void generateAtATagRecordsTheSourceAsGivenAndTheCommitInTheStateAndFetchesIntoTheCacheOnly() throws Exception {
        ok(generate(pack.url() + "#v1.0.0"));
        assertThat(read(REVIEWER)).contains("Reviewer v1\n");
        assertThat(read(".agentry/answers.yml")).contains("  - " + pack.url() + "#v1.0.0\n");
        assertThat(read(".agentry/state.json")).contains("\"format\": 3", "\"source\": \"" + pack.url() + "#v1.0.0\"",
                "\"ref\": \"v1.0.0\"", "\"commit\": \"" + v1 + "\"");
        try (Stream<Path> files = Files.walk(target)) {
            assertThat(files.map(p -> target.relativize(p).toString())).noneMatch(p -> p.equals(".git") || p.endsWith("/.git")
                    || p.contains("trees") || p.contains("repo.git"));
        }
        try (Stream<Path> folders = Files.list(agentry.cache)) {
            Path folder = folders.filter(Files::isDirectory).findFirst().orElseThrow();
            assertThat(folder.getFileName().toString()).startsWith("acme-team-");
            assertThat(folder.resolve("trees/" + v1 + "/templates/code-reviewer.ftl")).exists();
            // fetched shallow: only the tag's commit
            assertThat(folder.resolve("repo.git/shallow")).exists();
        }
    }

    @Test
    void withoutARefTheHighestVersionTagIsUsedNotAPreReleaseNorALaterCommit() throws Exception {
        pack.commit("v1.9", files("1.9.0", "Reviewer v1.9"));
        pack.tag("v1.9.0");
        String v110 = pack.commit("v1.10", files("1.10.0", "Reviewer v1.10"));
        pack.tag("v1.10.0");
        pack.commit("rc", files("2.0.0-rc.1", "Reviewer rc"));
        pack.tag("v2.0.0-rc.1");
        pack.commit("unreleased", files("2.0.0", "Reviewer unreleased"));
        ok(generate(pack.url()));
        assertThat(read(REVIEWER)).contains("Reviewer v1.10\n");
        assertThat(read(".agentry/state.json")).contains("\"ref\": \"v1.10.0\"", "\"commit\": \"" + v110 + "\"");
        assertThat(read(".agentry/answers.yml")).contains("  - " + pack.url() + "\n");
    }

    @Test
    void withoutVersionTagsTheDefaultBranchIsUsedAndABranchOrCommitCanBeGiven() throws Exception {
        try (PackRepository untagged = PackRepository.create(home.resolve("server"), "untagged")) {
            String first = untagged.commit("first", files("0.1.0", "Reviewer first"));
            untagged.branch("stable");
            untagged.commit("second", files("0.2.0", "Reviewer second"));
            ok(generate(untagged.url()));
            assertThat(read(REVIEWER)).contains("Reviewer second\n");
            assertThat(read(".agentry/state.json")).contains("\"ref\": \"main\"");
            ok(generate(untagged.origin().toString() + "#stable"));
            assertThat(read(REVIEWER)).contains("Reviewer first\n");
            ok(generate(untagged.url() + "#" + first.substring(0, 10)));
            assertThat(read(REVIEWER)).contains("Reviewer first\n");
            assertThat(read(".agentry/state.json")).contains("\"commit\": \"" + first + "\"");
        }
    }

    @Test
    void aPackIsPinnedCheckAndUpdateUseTheRecordedCommitWhenANewerTagExists() throws Exception {
        editedThenReleased(pack.url());
        String state = read(".agentry/state.json");
        CliHarness.Run check = run("check");
        assertThat(check.code()).as(check.out()).isZero();
        CliHarness.Run update = run("update");
        ok(update);
        assertThat(update.out()).contains("Unchanged:");
        assertThat(read(REVIEWER)).contains("Reviewer v1\n", "- my own check\n");
        assertThat(read(".agentry/state.json")).isEqualTo(state);
    }

    @Test
    void updateUpgradeMovesToTheNewestTagMergesAndKeepsTheUsersEdit() throws Exception {
        String v11 = editedThenReleased(pack.url());
        CliHarness.Run upgrade = run("update", "--upgrade");
        ok(upgrade);
        assertThat(upgrade.out()).contains("merge", REVIEWER, "upgrade", "acme-team  v1.0.0 (" + v1.substring(0, 7) + ") -> v1.1.0 ("
                + v11.substring(0, 7) + ")");
        assertThat(read(REVIEWER)).contains("Reviewer v1.1\n", "- my own check\n").doesNotContain("Reviewer v1\n");
        assertThat(read(".agentry/state.json")).contains("\"ref\": \"v1.1.0\"", "\"commit\": \"" + v11 + "\"");
        assertThat(read(".agentry/answers.yml")).contains("  - " + pack.url() + "\n");
        assertThat(run("check").code()).isZero();
        CliHarness.Run again = run("update", "--upgrade");
        ok(again);
        assertThat(again.out()).contains("Unchanged:");
    }

    @Test
    void anUpgradeOfASourceThatNamesItsTagMakesAnswersNameTheNewTag() throws Exception {
        editedThenReleased(pack.url() + "#v1.0.0");
        ok(run("update", "--upgrade"));
        assertThat(read(".agentry/answers.yml")).contains("  - " + pack.url() + "#v1.1.0\n").doesNotContain("#v1.0.0");
        assertThat(read(REVIEWER)).contains("Reviewer v1.1\n", "- my own check\n");
        assertThat(run("check").code()).isZero();
    }

    @Test
    void upgradeNameRefMovesOnePackToARefAndAnUnknownNameListsThePacks() throws Exception {
        editedThenReleased(pack.url());
        CliHarness.Run unknown = run("update", "--upgrade", "acme-tema=v1.1.0");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("--upgrade acme-tema: no scaffold pack of", "its packs are acme-team (" + pack.url() + ")");
        ok(run("update", "--upgrade", "acme-team=v1.1.0"));
        assertThat(read(REVIEWER)).contains("Reviewer v1.1\n", "- my own check\n");
        ok(run("update", "--upgrade=acme-team=v1.0.0"));
        assertThat(read(REVIEWER)).contains("Reviewer v1\n", "- my own check\n");
        assertThat(read(".agentry/state.json")).contains("\"ref\": \"v1.0.0\"");
    }

    @Test
    void checkUpgradesListsNewerVersionsSaysItReachesTheNetworkAndExits5() throws Exception {
        editedThenReleased(pack.url());
        CliHarness.Run check = run("check", "--upgrades");
        assertThat(check.code()).isEqualTo(5);
        assertThat(check.err()).contains("network");
        assertThat(check.out()).contains("newer version", "acme-team  v1.0.0 (" + v1.substring(0, 7) + ") -> v1.1.0",
                "'agentry update --upgrade'");
        CliHarness.Run json = run("check", "--upgrades", "--json");
        assertThat(json.out()).contains("\"packs\": [", "\"name\": \"acme-team\"", "\"to\": \"v1.1.0\"");
        ok(run("update", "--upgrade"));
        assertThat(run("check", "--upgrades").code()).isZero();
    }

    @Test
    void whenTheOriginIsGoneTheCacheServesGenerateUpdateAndCheck() throws Exception {
        editedThenReleased(pack.url());
        ok(run("update", "--upgrade"));
        pack.removeOrigin();
        assertThat(run("check").code()).isZero();
        ok(run("update", "--set", "claude-md=false"));
        assertThat(read(REVIEWER)).contains("Reviewer v1.1\n", "- my own check\n");
        Path other = home.resolve("other");
        CliHarness.Run fresh = generate(other, pack.url());
        ok(fresh);
        assertThat(fresh.out()).contains("cannot be reached", "using v1.1.0");
        assertThat(Files.readString(other.resolve(REVIEWER))).contains("Reviewer v1.1\n");
        CliHarness.Run upgrade = run("update", "--upgrade");
        assertThat(upgrade.code()).isEqualTo(2);
        assertThat(upgrade.err()).contains("Scaffold pack " + pack.url() + " cannot be reached", "to look for newer versions");
    }

    @Test
    void aSourceNeitherReachableNorCachedIsExit2NamingItAndNothingIsWritten() throws Exception {
        String missing = home.resolve("server/nowhere.git").toUri().toString();
        CliHarness.Run run = generate(missing + "#v1.0.0");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Scaffold pack " + missing + "#v1.0.0 cannot be reached", "is not in the pack cache");
        assertThat(target.resolve(".agentry")).doesNotExist();
    }

    @Test
    void aRecordedCommitMissingFromTheCacheIsFetchedOnceAndWithoutTheOriginItIsExit2() throws Exception {
        ok(generate(pack.url()));
        deleteTree(agentry.cache);
        assertThat(run("check").code()).isZero();
        try (Stream<Path> trees = Files.walk(agentry.cache)) {
            assertThat(trees.filter(p -> p.endsWith(v1))).hasSize(1);
        }
        deleteTree(agentry.cache);
        pack.removeOrigin();
        CliHarness.Run run = run("check");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("cannot be reached", "its recorded commit v1.0.0 (" + v1.substring(0, 7) + ") is not in the"
                + " pack cache");
    }

    @Test
    void aRefThatDoesNotExistIsExit2NamingTheTagsFound() throws Exception {
        pack.commit("v1.1", files("1.1.0", "Reviewer v1.1"));
        pack.tag("v1.1.0");
        CliHarness.Run run = generate(pack.url() + "#v1.2.0");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Scaffold pack " + pack.url() + " has no tag, branch or commit 'v1.2.0': it has tags"
                + " v1.0.0, v1.1.0; branches main.");
        assertThat(target.resolve(".agentry")).doesNotExist();
    }

    @Test
    void aPackNeedingANewerAgentryIsRefusedAndAnUpgradeToOneWritesNothing() throws Exception {
        ok(generate(pack.url()));
        Map<String, String> v2 = new java.util.HashMap<>(files("2.0.0", "Reviewer v2"));
        v2.put("catalog.yml", "name: acme-team\nversion: 2.0.0\nrequires-agentry: \">=99.0\"\nnew-key-of-agentry-99: true\n");
        pack.commit("v2", v2);
        pack.tag("v2.0.0");
        String answers = read(".agentry/answers.yml");
        CliHarness.Run upgrade = run("update", "--upgrade");
        assertThat(upgrade.code()).isEqualTo(2);
        assertThat(upgrade.err()).contains("Scaffold pack acme-team 2.0.0 (" + pack.url() + " at v2.0.0 (", ")) needs agentry >=99.0 (",
                "catalog.yml:3), and this is agentry ",
                "upgrade agentry. Or keep the version in use: run without --upgrade, or with --upgrade acme-team=v1.0.0.");
        assertThat(read(REVIEWER)).contains("Reviewer v1\n");
        assertThat(read(".agentry/answers.yml")).isEqualTo(answers);
        CliHarness.Run fresh = generate(home.resolve("fresh"), pack.url() + "#v2.0.0");
        assertThat(fresh.code()).isEqualTo(2);
        assertThat(fresh.err()).contains("needs agentry >=99.0", "Or use an older version of the pack: " + pack.url() + "#REF.");
    }

    @Test
    void aFleetRefusesSourcesItsTrustListDoesNotNameWhileASingleRunUsesThem() throws Exception {
        Path a = Files.createDirectories(home.resolve("fleet/a"));
        Path b = Files.createDirectories(home.resolve("fleet/b"));
        agentry.config("# packs of our organisation only\ntrusted-sources:\n  - https://github.com/acme/\n");
        CliHarness.Run fleet = agentry.run("generate", "--target", a.toString(), "--target", b.toString(), "--project-type",
                "backend-api", "--deployment", "aws", "--stack", "go", "--scaffolds", pack.url());
        assertThat(fleet.code()).isEqualTo(4);
        assertThat(fleet.out()).contains("refused", "scaffold source '" + pack.url() + "' is not trusted: " + agentry.config
                + " trusts only https://github.com/acme/");
        assertThat(a.resolve(".agentry")).doesNotExist();
        assertThat(agentry.cache).doesNotExist();
        ok(generate(a, pack.url()));
        assertThat(agentry.run("check", "--target", a.toString(), "--target", b.toString()).out()).contains("refused");
        agentry.config("trusted-sources:\n  - " + home.resolve("server").toUri() + "\n");
        CliHarness.Run trusted = agentry.run("update", "--target", a.toString(), "--target", b.toString(), "--project-type",
                "backend-api", "--deployment", "aws", "--stack", "go", "--scaffolds", pack.url());
        assertThat(trusted.out()).contains("ok        " + a);
    }

    @Test
    void aMalformedConfigIsExit2NamingItsLine() {
        agentry.config("trusted-sources:\n  - https://github.com/acme/\ntrusted-source: x\n");
        CliHarness.Run run = agentry.run("check", "--target", target.toString(), "--target", home.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(agentry.config + ":3: unknown key 'trusted-source'. Did you mean 'trusted-sources'?");
    }

    @Test
    void aFleetUpgradeMovesEveryTargetAndKeepsEachOnesEdits() throws Exception {
        List<Path> targets = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Path folder = home.resolve("fleet/t" + i);
            ok(generate(folder, pack.url()));
            Path reviewer = folder.resolve(REVIEWER);
            Files.writeString(reviewer, Files.readString(reviewer).replace("- six\n", "- six\n- edit of t" + i + "\n"));
            targets.add(folder);
        }
        String v11 = pack.commit("v1.1", files("1.1.0", "Reviewer v1.1"));
        pack.tag("v1.1.0");
        List<String> asked = new ArrayList<>(List.of("check", "--upgrades"));
        targets.forEach(t -> asked.addAll(List.of("--target", t.toString())));
        CliHarness.Run newer = agentry.run(asked.toArray(String[]::new));
        assertThat(newer.code()).as(newer.out()).isEqualTo(5);
        // each target's files are as written: the newer version is the news, not files out of sync
        assertThat(newer.out()).contains(targets.get(0) + "  in sync; newer: acme-team v1.0.0 (" + v1.substring(0, 7)
                + ") -> v1.1.0").doesNotContain("out of sync");
        List<String> args = new ArrayList<>(List.of("update", "--upgrade"));
        targets.forEach(t -> args.addAll(List.of("--target", t.toString())));
        CliHarness.Run fleet = agentry.run(args.toArray(String[]::new));
        assertThat(fleet.code()).as(fleet.out()).isZero();
        assertThat(fleet.out()).contains("4 targets: 4 ok", "packs: acme-team v1.0.0 (" + v1.substring(0, 7) + ") -> v1.1.0");
        for (int i = 0; i < targets.size(); i++) {
            assertThat(Files.readString(targets.get(i).resolve(REVIEWER))).contains("Reviewer v1.1\n", "- edit of t" + i + "\n");
            assertThat(Files.readString(targets.get(i).resolve(".agentry/state.json"))).contains("\"commit\": \"" + v11 + "\"");
        }
        List<String> check = new ArrayList<>(List.of("check", "--upgrades"));
        targets.forEach(t -> check.addAll(List.of("--target", t.toString())));
        assertThat(agentry.run(check.toArray(String[]::new)).code()).isZero();
    }

    @Test
    void aLocalRepositoryInsideTheTargetsRepositoryIsRecordedRelativeToIt() throws Exception {
        Files.createDirectories(target.resolve(".git"));
        try (PackRepository inside = PackRepository.create(target.resolve("packs"), "team")) {
            inside.commit("v1", files("1.0.0", "Reviewer inside"));
            inside.tag("v1.0.0");
            CliHarness.Run run = generate(inside.origin() + "#v1.0.0");
            ok(run);
            assertThat(read(".agentry/answers.yml")).contains("  - packs/team.git#v1.0.0\n");
            assertThat(read(REVIEWER)).contains("Reviewer inside\n");
            assertThat(run("check").code()).isZero();
        }
    }

    @Test
    void aScaffoldFolderThatNeedsANewerAgentryIsRefusedToo() throws Exception {
        Path folder = home.resolve("future");
        dev.agentry.TestLayers.write(folder, Map.of("catalog.yml", "name: future\nversion: 2.0.0\nrequires-agentry: \">=42\"\n"));
        CliHarness.Run run = generate(folder.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Scaffold folder " + folder + " needs agentry >=42 (" + folder + "/catalog.yml:3)");
        assertThat(target.resolve(".agentry")).doesNotExist();
    }

    @Test
    void listShowsWhatAPackAddsAtTheVersionGiven() throws Exception {
        String stacks;
        try (var in = PackCommandsTests.class.getResourceAsStream("/scaffolds/stacks.yml")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int start = text.indexOf("\n  - id: go\n");
            int end = text.indexOf("\n  - id: ", start + 1);
            stacks = "stacks:\n" + text.substring(start + 1, end < 0 ? text.length() : end + 1)
                    .replace("  - id: go\n", "  - id: acme-go\n").replaceFirst("    name: [^\n]+", "    name: Acme Go");
        }
        pack.commit("a stack", Map.of("stacks.yml", stacks));
        pack.tag("v1.1.0");
        CliHarness.Run at11 = agentry.run("list", "stacks", "--scaffolds", pack.url());
        assertThat(at11.code()).as(at11.err()).isZero();
        assertThat(at11.out()).contains("acme-go", "Acme Go");
        assertThat(agentry.run("list", "stacks", "--scaffolds", pack.url() + "#v1.0.0").out()).doesNotContain("acme-go");
    }

    @Test
    void aRefOnAPlainFolderIsExit2() throws Exception {
        Path folder = Files.createDirectories(home.resolve("plain"));
        CliHarness.Run run = generate(folder + "#v1.0.0");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("a #REF needs a git repository, and " + folder + " is a plain folder");
    }

    @Test
    void anSshUrlGoesThroughTheSystemsSshAsGitSshCommandSays() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/git")), "git's upload-pack plays the SSH server");
        Path fakeSsh = home.resolve("fake-ssh");
        // a stand-in for ssh: records its arguments and runs the remote command here, as sshd would on the host
        Files.writeString(fakeSsh, "#!/bin/sh\necho \"$@\" >> " + home.resolve("ssh.log") + "\nfor last; do :; done\n"
                + "exec sh -c \"$last\"\n");
        Files.setPosixFilePermissions(fakeSsh, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        agentry = new PackHarness(home, Map.of("GIT_SSH_COMMAND", fakeSsh.toString()));
        String url = "ssh://git@packs.example.com:2222" + pack.origin() + "#v1.0.0";
        ok(generate(url));
        assertThat(read(REVIEWER)).contains("Reviewer v1\n");
        assertThat(Files.readString(home.resolve("ssh.log"))).contains("-p 2222", "git@packs.example.com",
                "git-upload-pack '" + pack.origin() + "'");
    }

    @Test
    void aFleetAsksEachRepositoryOnceForAllItsTargets() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/git")), "git's upload-pack plays the SSH server");
        Path fakeSsh = home.resolve("fake-ssh");
        Files.writeString(fakeSsh, "#!/bin/sh\necho \"$@\" >> " + home.resolve("ssh.log") + "\nfor last; do :; done\n"
                + "exec sh -c \"$last\"\n");
        Files.setPosixFilePermissions(fakeSsh, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        agentry = new PackHarness(home, Map.of("GIT_SSH_COMMAND", fakeSsh.toString()));
        List<String> args = new ArrayList<>(List.of("generate", "--project-type", "backend-api", "--deployment", "aws",
                "--stack", "go", "--scaffolds", "ssh://packs.example.com" + pack.origin()));
        for (int i = 0; i < 5; i++) {
            args.addAll(List.of("--target", home.resolve("fleet/t" + i).toString()));
        }
        CliHarness.Run fleet = agentry.run(args.toArray(String[]::new));
        assertThat(fleet.code()).as(fleet.out()).isZero();
        // one listing of its refs and one fetch, not one of each per target
        assertThat(Files.readAllLines(home.resolve("ssh.log"))).hasSize(2);
    }

    @Test
    void aFleetRefusesAScaffoldFolderOutsideTheRepositoryButNotOneInsideIt() throws Exception {
        Path shared = home.resolve("shared-scaffolds");
        dev.agentry.TestLayers.write(shared, Map.of("templates/code-reviewer.ftl", reviewer("Reviewer shared")));
        Path a = home.resolve("fleet/a");
        dev.agentry.TestLayers.write(a, Map.of("team/templates/code-reviewer.ftl", reviewer("Reviewer inside")));
        agentry.config("trusted-sources: [https://github.com/acme/]\n");
        List<String> common = List.of("generate", "--project-type", "backend-api", "--deployment", "aws", "--stack", "go",
                "--target", a.toString(), "--target", home.resolve("fleet/b").toString());
        List<String> outside = new ArrayList<>(common);
        outside.addAll(List.of("--scaffolds", shared.toString()));
        CliHarness.Run refused = agentry.run(outside.toArray(String[]::new));
        assertThat(refused.code()).isEqualTo(4);
        assertThat(refused.out()).contains("scaffold source '" + shared + "' is not trusted");
        List<String> inside = new ArrayList<>(common.subList(0, common.size() - 2));
        inside.addAll(List.of("--scaffolds", a.resolve("team").toString()));
        CliHarness.Run accepted = agentry.run(inside.toArray(String[]::new));
        assertThat(accepted.code()).as(accepted.out()).isZero();
        assertThat(Files.readString(a.resolve(REVIEWER))).contains("Reviewer inside");
    }

    @Test
    void symbolicLinksOfAPackAreNotWrittenToTheCache() throws Exception {
        Path work = home.resolve("server/acme-team-work");
        Files.createSymbolicLink(work.resolve("templates/secrets.ftl"), Path.of("/etc/hostname"));
        String linked = pack.commit("a link", Map.of());
        assertThat(pack.holdsLink("templates/secrets.ftl")).isTrue();
        pack.tag("v1.0.1");
        ok(generate(pack.url()));
        try (Stream<Path> trees = Files.walk(agentry.cache)) {
            Path tree = trees.filter(p -> p.endsWith(linked)).findFirst().orElseThrow();
            assertThat(tree.resolve("templates/code-reviewer.ftl")).exists();
            assertThat(tree.resolve("templates/secrets.ftl")).doesNotExist();
        }
    }

    private static void deleteTree(Path folder) throws Exception {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
