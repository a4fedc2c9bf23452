# fish completion for purgeline(1). Like the bash completion, it asks the binary being completed
# for its commands, options and option values (purgeline help --commands, --options COMMAND,
# --values VALUE-NAME), and the profile on the command line for source and preset names.

function __purgeline_complete
    set -l words (commandline -opc)
    set -l cur (commandline -ct)
    set -l bin $words[1]
    set -l profile
    set -l typed
    set -l i 2
    while test $i -le (count $words)
        switch $words[$i]
            case --profile
                set i (math $i + 1)
                set profile --profile $words[$i]
            case '--profile=*'
                set profile $words[$i]
            case '-*'
            case '*'
                set -a typed $words[$i]
        end
        set i (math $i + 1)
    end
    if test "$words[-1]" = --profile
        __fish_complete_directories $cur
        return
    end

    set -l commands ($bin help --commands 2>/dev/null)
    set -l command
    for line in $commands
        set -l parts (string split ' ' -- $line)
        set -l n (count $parts)
        if test (count $typed) -ge $n; and test "$typed[1..$n]" = "$line"
            and test (string length -- "$line") -gt (string length -- "$command")
            set command $line
        end
    end

    if test -z "$command"
        if string match -q -- '-*' $cur
            $bin help --options 2>/dev/null | string replace -r '\t[^\t]*\t' '\t'
            return
        end
        set -l n (count $typed)
        for line in $commands
            set -l parts (string split ' ' -- $line)
            if test (count $parts) -gt $n
                if test $n -eq 0; or test "$parts[1..$n]" = "$typed"
                    echo $parts[(math $n + 1)]
                end
            end
        end | sort -u
        return
    end

    set -l options ($bin help --options (string split ' ' -- $command) 2>/dev/null)
    set -l value_name
    for line in $options
        set -l fields (string split \t -- $line)
        if test "$fields[1]" = "$words[-1]"
            set value_name $fields[2]
        end
    end
    if test -n "$value_name"
        switch $value_name
            case NAME
                # --source takes a comma-separated list: keep what is before the last comma.
                set -l head (string replace -r '[^,]*$' '' -- "$cur")
                for name in ($bin $profile source list --names 2>/dev/null)
                    echo "$head$name"
                end
            case FILE
                __fish_complete_path $cur
            case DIR
                __fish_complete_directories $cur
            case '*'
                $bin help --values $value_name 2>/dev/null
        end
        return
    end
    if string match -q -- '-*' $cur
        for line in $options
            string replace -r '\t[^\t]*\t' '\t' -- $line
        end
        return
    end
    switch $command
        case 'source remove'
            $bin $profile source list --names 2>/dev/null
        case 'preset run' 'preset remove'
            $bin $profile preset list --names 2>/dev/null
        case help
            for line in $commands
                string split -f1 ' ' -- $line
            end | sort -u
    end
end

complete -c purgeline -f -a '(__purgeline_complete)'
