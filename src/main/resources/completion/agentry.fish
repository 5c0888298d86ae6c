# fish completion for agentry @VERSION@, printed by 'agentry completion fish' from agentry's own command model.
# Installed by agentry's bin/install, or by hand:
#   agentry completion fish > ~/.config/fish/completions/agentry.fish
# Commands, options and fixed choices are written below; the catalogue's ids (project types, deployments, stacks,
# agents), which custom scaffolds can add to, are asked of agentry at the Tab that needs them, with the words of the
# line (its --target, --scaffolds and --project-type):
#   agentry completion --values KIND --word=WORD...   (prints one "id<TAB>description" a line)

complete -c agentry -e
# no file names unless an option takes them
complete -c agentry -f

# True when no command is on the line yet.
function __agentry_no_command
    test (count (commandline -opc)) -le 1
end

# True when the command on the line is one of $argv.
function __agentry_command_is
    set -l words (commandline -opc)
    test (count $words) -ge 2; and contains -- $words[2] $argv
end

# True when the command on the line is one of $argv[2..] and option --$argv[1] may be given: not given yet, or the
# word before the cursor, waiting for its value.
function __agentry_may_give --argument-names option
    __agentry_command_is $argv[2..-1]; or return 1
    set -l words (commandline -opc)
    set -l i 3
    while test $i -lt (count $words)
        switch $words[$i]
            case --$option --$option=\*
                return 1
        end
        set i (math $i + 1)
    end
end

# The options of command $argv[1] that take a value.
function __agentry_value_options
    switch $argv[1]
@VALUE_OPTIONS@
    end
end

# True when the command on the line takes another positional argument: it has fewer than $argv[1].
function __agentry_positional_open --argument-names max
    set -l words (commandline -opc)
    set -l takes_value (__agentry_value_options $words[2])
    set -l given 0
    set -l skip 0
    for word in $words[3..-1]
        if test $skip = 1
            set skip 0
            continue
        end
        switch $word
            case '--*=*'
            case '--*'
                contains -- $word $takes_value; and set skip 1
            case '*'
                set given (math $given + 1)
        end
    end
    test $given -lt $max
end

# The word being completed, without the --name= in front of a value given as --name=VALUE.
function __agentry_token
    commandline -ct | string replace -r -- '^--[^=]*=' ''
end

# The values of kind $argv[1], one "id<TAB>description" a line: fixed choices from this script, the catalogue's ids
# asked of the agentry on the line with the words before the cursor (one JVM start).
function __agentry_values --argument-names kind
    switch $kind
@FIXED@
        case '*'
            set -l words (commandline -opc)
            set -l agentry (string replace -r -- '^~(?=/|$)' $HOME $words[1])
            set -l line (string replace -r -- '^~(?=/|$)' $HOME $words[2..-1])
            $agentry completion --values $kind --word=$line </dev/null 2>/dev/null
    end
end

# The values of the comma-separated list of kind $argv[1] (a,b,c) that complete its last item: the list so far and
# one more id, not one already in it.
function __agentry_list --argument-names kind
    set -l token (__agentry_token)
    set -l head (string match -r -- '^.*,' $token)
    set -l listed (string split -- , "$head")
    for line in (__agentry_values $kind)
        set -l id (string split -m 1 -- \t $line)[1]
        contains -- $id $listed; or printf '%s%s\n' "$head" $line
    end
end

@COMMANDS@
