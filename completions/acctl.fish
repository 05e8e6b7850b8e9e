# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_acctl_global_optspecs
    string join \n server= profile= json o/output= no-input q/quiet v/verbose color= allow-insecure-http h/help V/version
end

function __fish_acctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_acctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_acctl_using_subcommand
    set -l cmd (__fish_acctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c acctl -n "__fish_acctl_needs_command" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_needs_command" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_needs_command" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_needs_command" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_needs_command" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_needs_command" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_needs_command" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_needs_command" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_needs_command" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_needs_command" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_needs_command" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "signup" -d 'Create an account and sign in'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "login" -d 'Sign in (password, --sms or --email-code; two-step asks for a TOTP code)'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "logout" -d 'Sign this device out and remove the stored tokens'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "status" -d 'Every profile and whether the current one is signed in'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "whoami" -d 'The signed-in account'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "token" -d 'Print a valid access token'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "continue" -d 'Carry on a pending multi-step operation'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "profile" -d 'Manage saved sign-ins'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "flow" -d 'Pending multi-step operations'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "limits" -d 'Code and sign-in limits of the account'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "doctor" -d 'Check the set-up and say what to fix'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "completions" -d 'Print shell completions'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand signup" -l phone -d 'Phone number in E.164 form, e.g. +8613812345678' -r
complete -c acctl -n "__fish_acctl_using_subcommand signup" -l email -d 'Email address' -r
complete -c acctl -n "__fish_acctl_using_subcommand signup" -l name -d 'Display name' -r
complete -c acctl -n "__fish_acctl_using_subcommand signup" -l code -d 'The verification code, if you already have it' -r
complete -c acctl -n "__fish_acctl_using_subcommand signup" -l device-name -d 'Name of this device in the device list (default: the host name)' -r
complete -c acctl -n "__fish_acctl_using_subcommand signup" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand signup" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand signup" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand signup" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand signup" -l password-stdin -d 'Read the new password (one line) from stdin; without it, a terminal asks and scripts create an account that signs in by code'
complete -c acctl -n "__fish_acctl_using_subcommand signup" -l insecure-storage -d 'Store tokens in a plain 0600 file instead of the keyring'
complete -c acctl -n "__fish_acctl_using_subcommand signup" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand signup" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand signup" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand signup" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand signup" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand signup" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand signup" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand login" -l code -d 'The one-time code, if you already have it' -r
complete -c acctl -n "__fish_acctl_using_subcommand login" -l totp -d 'Two-step verification code (or a recovery code)' -r
complete -c acctl -n "__fish_acctl_using_subcommand login" -l device-name -d 'Name of this device in the device list (default: the host name)' -r
complete -c acctl -n "__fish_acctl_using_subcommand login" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand login" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand login" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand login" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand login" -l sms -d 'Sign in with a code sent by text message to the verified phone'
complete -c acctl -n "__fish_acctl_using_subcommand login" -l email-code -d 'Sign in with a code sent to the verified email'
complete -c acctl -n "__fish_acctl_using_subcommand login" -l password-stdin -d 'Read the password (one line) from stdin'
complete -c acctl -n "__fish_acctl_using_subcommand login" -l insecure-storage -d 'Store tokens in a plain 0600 file instead of the keyring'
complete -c acctl -n "__fish_acctl_using_subcommand login" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand login" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand login" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand login" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand login" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand login" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand login" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand logout" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand logout" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand logout" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand logout" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand logout" -l all-profiles -d 'Sign out every saved profile'
complete -c acctl -n "__fish_acctl_using_subcommand logout" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand logout" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand logout" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand logout" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand logout" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand logout" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand logout" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand status" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand status" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand status" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand status" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand status" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand status" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand status" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand status" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand status" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand status" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand status" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand whoami" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand whoami" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand whoami" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand whoami" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand whoami" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand whoami" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand whoami" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand whoami" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand whoami" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand whoami" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand whoami" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand token" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand token" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand token" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand token" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand token" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand token" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand token" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand token" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand token" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand token" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand token" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand continue" -l code -d 'The one-time code' -r
complete -c acctl -n "__fish_acctl_using_subcommand continue" -l totp -d 'Two-step verification code (or a recovery code)' -r
complete -c acctl -n "__fish_acctl_using_subcommand continue" -l phone -d 'A phone number the step asks for (+E164)' -r
complete -c acctl -n "__fish_acctl_using_subcommand continue" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand continue" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand continue" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand continue" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand continue" -l password-stdin -d 'Read the password (one line) from stdin'
complete -c acctl -n "__fish_acctl_using_subcommand continue" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand continue" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand continue" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand continue" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand continue" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand continue" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand continue" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand profile; and not __fish_seen_subcommand_from list use remove help" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand profile; and not __fish_seen_subcommand_from list use remove help" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand profile; and not __fish_seen_subcommand_from list use remove help" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand profile; and not __fish_seen_subcommand_from list use remove help" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand profile; and not __fish_seen_subcommand_from list use remove help" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand profile; and not __fish_seen_subcommand_from list use remove help" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand profile; and not __fish_seen_subcommand_from list use remove help" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand profile; and not __fish_seen_subcommand_from list use remove help" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand profile; and not __fish_seen_subcommand_from list use remove help" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand profile; and not __fish_seen_subcommand_from list use remove help" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand profile; and not __fish_seen_subcommand_from list use remove help" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand profile; and not __fish_seen_subcommand_from list use remove help" -f -a "list" -d 'List saved profiles'
complete -c acctl -n "__fish_acctl_using_subcommand profile; and not __fish_seen_subcommand_from list use remove help" -f -a "use" -d 'Make NAME the profile used when --profile / ACCTL_PROFILE are not given'
complete -c acctl -n "__fish_acctl_using_subcommand profile; and not __fish_seen_subcommand_from list use remove help" -f -a "remove" -d 'Forget a profile and its stored tokens on this machine (use `acctl logout --profile NAME` to also sign the device out on the server)'
complete -c acctl -n "__fish_acctl_using_subcommand profile; and not __fish_seen_subcommand_from list use remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand profile; and __fish_seen_subcommand_from use" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand profile; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand profile; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List saved profiles'
complete -c acctl -n "__fish_acctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make NAME the profile used when --profile / ACCTL_PROFILE are not given'
complete -c acctl -n "__fish_acctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Forget a profile and its stored tokens on this machine (use `acctl logout --profile NAME` to also sign the device out on the server)'
complete -c acctl -n "__fish_acctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand flow; and not __fish_seen_subcommand_from list cancel help" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand flow; and not __fish_seen_subcommand_from list cancel help" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand flow; and not __fish_seen_subcommand_from list cancel help" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand flow; and not __fish_seen_subcommand_from list cancel help" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand flow; and not __fish_seen_subcommand_from list cancel help" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand flow; and not __fish_seen_subcommand_from list cancel help" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand flow; and not __fish_seen_subcommand_from list cancel help" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand flow; and not __fish_seen_subcommand_from list cancel help" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand flow; and not __fish_seen_subcommand_from list cancel help" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand flow; and not __fish_seen_subcommand_from list cancel help" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand flow; and not __fish_seen_subcommand_from list cancel help" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand flow; and not __fish_seen_subcommand_from list cancel help" -f -a "list" -d 'Pending flows of this profile, with what each awaits and when it expires'
complete -c acctl -n "__fish_acctl_using_subcommand flow; and not __fish_seen_subcommand_from list cancel help" -f -a "cancel" -d 'Cancel a pending flow on the server and forget it here'
complete -c acctl -n "__fish_acctl_using_subcommand flow; and not __fish_seen_subcommand_from list cancel help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand flow; and __fish_seen_subcommand_from list" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand flow; and __fish_seen_subcommand_from list" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand flow; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand flow; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand flow; and __fish_seen_subcommand_from list" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand flow; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand flow; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand flow; and __fish_seen_subcommand_from list" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand flow; and __fish_seen_subcommand_from list" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand flow; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand flow; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand flow; and __fish_seen_subcommand_from cancel" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand flow; and __fish_seen_subcommand_from cancel" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand flow; and __fish_seen_subcommand_from cancel" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand flow; and __fish_seen_subcommand_from cancel" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand flow; and __fish_seen_subcommand_from cancel" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand flow; and __fish_seen_subcommand_from cancel" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand flow; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand flow; and __fish_seen_subcommand_from cancel" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand flow; and __fish_seen_subcommand_from cancel" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand flow; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand flow; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand flow; and __fish_seen_subcommand_from help" -f -a "list" -d 'Pending flows of this profile, with what each awaits and when it expires'
complete -c acctl -n "__fish_acctl_using_subcommand flow; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel a pending flow on the server and forget it here'
complete -c acctl -n "__fish_acctl_using_subcommand flow; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand limits" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand limits" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand limits" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand limits" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand limits" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand limits" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand limits" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand limits" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand limits" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand limits" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand limits" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand doctor" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand doctor" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand doctor" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand doctor" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand doctor" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand doctor" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand doctor" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand doctor" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand doctor" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand doctor" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand completions" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand completions" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand completions" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand completions" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand completions" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand completions" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand completions" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand completions" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand completions" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand completions" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor completions help" -f -a "signup" -d 'Create an account and sign in'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor completions help" -f -a "login" -d 'Sign in (password, --sms or --email-code; two-step asks for a TOTP code)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor completions help" -f -a "logout" -d 'Sign this device out and remove the stored tokens'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor completions help" -f -a "status" -d 'Every profile and whether the current one is signed in'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor completions help" -f -a "whoami" -d 'The signed-in account'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor completions help" -f -a "token" -d 'Print a valid access token'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor completions help" -f -a "continue" -d 'Carry on a pending multi-step operation'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor completions help" -f -a "profile" -d 'Manage saved sign-ins'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor completions help" -f -a "flow" -d 'Pending multi-step operations'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor completions help" -f -a "limits" -d 'Code and sign-in limits of the account'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor completions help" -f -a "doctor" -d 'Check the set-up and say what to fix'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor completions help" -f -a "completions" -d 'Print shell completions'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'List saved profiles'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "use" -d 'Make NAME the profile used when --profile / ACCTL_PROFILE are not given'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "remove" -d 'Forget a profile and its stored tokens on this machine (use `acctl logout --profile NAME` to also sign the device out on the server)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from flow" -f -a "list" -d 'Pending flows of this profile, with what each awaits and when it expires'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from flow" -f -a "cancel" -d 'Cancel a pending flow on the server and forget it here'
