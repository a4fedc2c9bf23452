# bash completion for purgeline(1).
# Commands, options and option values come from the binary being completed (purgeline help
# --commands, --options COMMAND, --values VALUE-NAME), so they are always the ones it accepts;
# source and preset names come from the profile the command line names (--profile DIR), else
# the default one (source list --names, preset list --names).

_purgeline()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=
    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    local bin=${COMP_WORDS[0]}
    bin=${bin/#\~/$HOME}
    COMPREPLY=()

    local -a profile=() typed=()
    local i word
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        case $word in
        --profile) profile=(--profile "${COMP_WORDS[i + 1]}"); ((i++)) ;;
        --profile=*) profile=("$word") ;;
        -*) ;;
        *) typed+=("$word") ;;
        esac
    done
    if [[ $prev == --profile ]]; then
        mapfile -t COMPREPLY < <(compgen -d -- "$cur")
        return
    fi

    # The command: the longest "purgeline help --commands" entry the typed words start with.
    local commands command= line
    commands=$("$bin" help --commands 2>/dev/null) || return
    while IFS= read -r line; do
        local -a parts=($line)
        if [[ "${typed[*]:0:${#parts[@]}}" == "$line" && ${#line} -gt ${#command} ]]; then
            command=$line
        fi
    done <<<"$commands"

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            mapfile -t COMPREPLY < <(compgen -W "$("$bin" help --options 2>/dev/null | cut -f1)" -- "$cur")
            return
        fi
        # The next word of a command: "pu" -> purge, "source " -> add list remove.
        local -a next=()
        while IFS= read -r line; do
            local -a parts=($line)
            if [[ ${#parts[@]} -gt ${#typed[@]} && "${parts[*]:0:${#typed[@]}}" == "${typed[*]}" ]]; then
                next+=("${parts[${#typed[@]}]}")
            fi
        done <<<"$commands"
        mapfile -t COMPREPLY < <(compgen -W "$(printf '%s\n' "${next[@]}" | sort -u)" -- "$cur")
        return
    fi

    local options
    options=$("$bin" help --options $command 2>/dev/null)
    # The value of an option: what its value name stands for.
    local value_name
    value_name=$(awk -F'\t' -v o="$prev" '$1 == o { print $2; exit }' <<<"$options")
    if [[ -n $value_name ]]; then
        case $value_name in
        NAME)
            # --source takes a comma-separated list: complete the last name of it.
            local head= last=$cur
            [[ $cur == *,* ]] && head=${cur%,*}, && last=${cur##*,}
            local name
            while IFS= read -r name; do
                [[ $name == "$last"* ]] && COMPREPLY+=("$head$name")
            done < <("$bin" "${profile[@]}" source list --names 2>/dev/null)
            ;;
        FILE) mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
        DIR) mapfile -t COMPREPLY < <(compgen -d -- "$cur") ;;
        *) mapfile -t COMPREPLY < <(compgen -W "$("$bin" help --values "$value_name" 2>/dev/null)" -- "$cur") ;;
        esac
        return
    fi
    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(cut -f1 <<<"$options")" -- "$cur")
        return
    fi
    case $command in
    "source remove") mapfile -t COMPREPLY < <(compgen -W "$("$bin" "${profile[@]}" source list --names 2>/dev/null)" -- "$cur") ;;
    "preset run" | "preset remove") mapfile -t COMPREPLY < <(compgen -W "$("$bin" "${profile[@]}" preset list --names 2>/dev/null)" -- "$cur") ;;
    help) mapfile -t COMPREPLY < <(compgen -W "$(cut -d' ' -f1 <<<"$commands" | sort -u)" -- "$cur") ;;
    esac
}
complete -F _purgeline purgeline
