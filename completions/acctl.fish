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
complete -c acctl -n "__fish_acctl_needs_command" -f -a "login" -d 'Sign in (password, --sms, --email-code, or --web in a browser; two-step asks for a TOTP code)'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "logout" -d 'Sign this device out and remove the stored tokens'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "status" -d 'Every profile and whether the current one is signed in'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "whoami" -d 'The signed-in account'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "token" -d 'Print a valid access token'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "continue" -d 'Carry on a pending multi-step operation'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "profile" -d 'Manage saved sign-ins'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "flow" -d 'Pending multi-step operations'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "limits" -d 'Code and sign-in limits of the account'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "doctor" -d 'Check the set-up and say what to fix'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "password" -d 'Change the password'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "phone" -d 'Change the phone number'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "email" -d 'Set and confirm the email address'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "2sv" -d 'Two-step verification (authenticator app)'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "security" -d 'Security checkup with the command that fixes each finding'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "activity" -d 'Sign-in attempts and security events, newest first'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "devices" -d 'Signed-in devices; sign them out'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "apps" -d 'Apps you signed in to with this account; revoke their access'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "account" -d 'The account itself (language, delete)'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "recover" -d 'Get back in: forgotten password or ID, recovery tickets'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "support" -d 'Support staff: accounts, the ticket queue, the audit log'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "admin" -d 'Administration (role admin): OpenID Connect clients'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "completions" -d 'Print shell completions'
complete -c acctl -n "__fish_acctl_needs_command" -f -a "generate-man" -d 'Write the man pages (for packagers and the checked-in man/)'
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
complete -c acctl -n "__fish_acctl_using_subcommand login" -l web -d 'Sign in with a browser: approve a one-time code on the service\'s web page'
complete -c acctl -n "__fish_acctl_using_subcommand login" -l no-browser -d 'With --web: only print the address and the code, do not open a browser'
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
complete -c acctl -n "__fish_acctl_using_subcommand continue" -l confirm -d 'For a deletion: the account ID, typed as confirmation' -r
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
complete -c acctl -n "__fish_acctl_using_subcommand flow; and not __fish_seen_subcommand_from list cancel help" -f -a "list" -d 'Live pending flows of this profile, with what each awaits and when it expires'
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
complete -c acctl -n "__fish_acctl_using_subcommand flow; and __fish_seen_subcommand_from help" -f -a "list" -d 'Live pending flows of this profile, with what each awaits and when it expires'
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
complete -c acctl -n "__fish_acctl_using_subcommand password; and not __fish_seen_subcommand_from change help" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand password; and not __fish_seen_subcommand_from change help" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand password; and not __fish_seen_subcommand_from change help" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand password; and not __fish_seen_subcommand_from change help" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand password; and not __fish_seen_subcommand_from change help" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand password; and not __fish_seen_subcommand_from change help" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand password; and not __fish_seen_subcommand_from change help" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand password; and not __fish_seen_subcommand_from change help" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand password; and not __fish_seen_subcommand_from change help" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand password; and not __fish_seen_subcommand_from change help" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand password; and not __fish_seen_subcommand_from change help" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand password; and not __fish_seen_subcommand_from change help" -f -a "change" -d 'Change the password; every other device is signed out'
complete -c acctl -n "__fish_acctl_using_subcommand password; and not __fish_seen_subcommand_from change help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand password; and __fish_seen_subcommand_from change" -l totp -d 'With two-step verification on: the current code from your authenticator app' -r
complete -c acctl -n "__fish_acctl_using_subcommand password; and __fish_seen_subcommand_from change" -l recovery-code -d 'With two-step verification on: an unused recovery code instead' -r
complete -c acctl -n "__fish_acctl_using_subcommand password; and __fish_seen_subcommand_from change" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand password; and __fish_seen_subcommand_from change" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand password; and __fish_seen_subcommand_from change" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand password; and __fish_seen_subcommand_from change" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand password; and __fish_seen_subcommand_from change" -l passwords-stdin -d 'Read the current and the new password from stdin, one per line'
complete -c acctl -n "__fish_acctl_using_subcommand password; and __fish_seen_subcommand_from change" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand password; and __fish_seen_subcommand_from change" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand password; and __fish_seen_subcommand_from change" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand password; and __fish_seen_subcommand_from change" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand password; and __fish_seen_subcommand_from change" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand password; and __fish_seen_subcommand_from change" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand password; and __fish_seen_subcommand_from change" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand password; and __fish_seen_subcommand_from help" -f -a "change" -d 'Change the password; every other device is signed out'
complete -c acctl -n "__fish_acctl_using_subcommand password; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand phone; and not __fish_seen_subcommand_from change help" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand phone; and not __fish_seen_subcommand_from change help" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand phone; and not __fish_seen_subcommand_from change help" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand phone; and not __fish_seen_subcommand_from change help" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand phone; and not __fish_seen_subcommand_from change help" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand phone; and not __fish_seen_subcommand_from change help" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand phone; and not __fish_seen_subcommand_from change help" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand phone; and not __fish_seen_subcommand_from change help" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand phone; and not __fish_seen_subcommand_from change help" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand phone; and not __fish_seen_subcommand_from change help" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand phone; and not __fish_seen_subcommand_from change help" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand phone; and not __fish_seen_subcommand_from change help" -f -a "change" -d 'Change the phone: a code to the current phone (or email), then one to the new phone'
complete -c acctl -n "__fish_acctl_using_subcommand phone; and not __fish_seen_subcommand_from change help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand phone; and __fish_seen_subcommand_from change" -l via -d 'Send the first code to the verified email instead of the current phone' -r -f -a "sms\t''
email\t''"
complete -c acctl -n "__fish_acctl_using_subcommand phone; and __fish_seen_subcommand_from change" -l code -d 'The first code (to the current phone or email), if you already have it' -r
complete -c acctl -n "__fish_acctl_using_subcommand phone; and __fish_seen_subcommand_from change" -l totp -d 'Two-step code for the re-authentication' -r
complete -c acctl -n "__fish_acctl_using_subcommand phone; and __fish_seen_subcommand_from change" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand phone; and __fish_seen_subcommand_from change" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand phone; and __fish_seen_subcommand_from change" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand phone; and __fish_seen_subcommand_from change" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand phone; and __fish_seen_subcommand_from change" -l password-stdin -d 'Read the password (one line) from stdin, for the re-authentication'
complete -c acctl -n "__fish_acctl_using_subcommand phone; and __fish_seen_subcommand_from change" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand phone; and __fish_seen_subcommand_from change" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand phone; and __fish_seen_subcommand_from change" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand phone; and __fish_seen_subcommand_from change" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand phone; and __fish_seen_subcommand_from change" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand phone; and __fish_seen_subcommand_from change" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand phone; and __fish_seen_subcommand_from change" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand phone; and __fish_seen_subcommand_from help" -f -a "change" -d 'Change the phone: a code to the current phone (or email), then one to the new phone'
complete -c acctl -n "__fish_acctl_using_subcommand phone; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand email; and not __fish_seen_subcommand_from set verify help" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand email; and not __fish_seen_subcommand_from set verify help" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand email; and not __fish_seen_subcommand_from set verify help" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand email; and not __fish_seen_subcommand_from set verify help" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand email; and not __fish_seen_subcommand_from set verify help" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand email; and not __fish_seen_subcommand_from set verify help" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand email; and not __fish_seen_subcommand_from set verify help" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand email; and not __fish_seen_subcommand_from set verify help" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand email; and not __fish_seen_subcommand_from set verify help" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand email; and not __fish_seen_subcommand_from set verify help" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand email; and not __fish_seen_subcommand_from set verify help" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand email; and not __fish_seen_subcommand_from set verify help" -f -a "set" -d 'Set or change the email: a confirmation link goes to the new address'
complete -c acctl -n "__fish_acctl_using_subcommand email; and not __fish_seen_subcommand_from set verify help" -f -a "verify" -d 'Confirm an email with the link from the message (or its token)'
complete -c acctl -n "__fish_acctl_using_subcommand email; and not __fish_seen_subcommand_from set verify help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand email; and __fish_seen_subcommand_from set" -l totp -d 'Two-step code for the re-authentication' -r
complete -c acctl -n "__fish_acctl_using_subcommand email; and __fish_seen_subcommand_from set" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand email; and __fish_seen_subcommand_from set" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand email; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand email; and __fish_seen_subcommand_from set" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand email; and __fish_seen_subcommand_from set" -l password-stdin -d 'Read the password (one line) from stdin, for the re-authentication'
complete -c acctl -n "__fish_acctl_using_subcommand email; and __fish_seen_subcommand_from set" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand email; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand email; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand email; and __fish_seen_subcommand_from set" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand email; and __fish_seen_subcommand_from set" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand email; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand email; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand email; and __fish_seen_subcommand_from verify" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand email; and __fish_seen_subcommand_from verify" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand email; and __fish_seen_subcommand_from verify" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand email; and __fish_seen_subcommand_from verify" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand email; and __fish_seen_subcommand_from verify" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand email; and __fish_seen_subcommand_from verify" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand email; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand email; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand email; and __fish_seen_subcommand_from verify" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand email; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand email; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand email; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set or change the email: a confirmation link goes to the new address'
complete -c acctl -n "__fish_acctl_using_subcommand email; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Confirm an email with the link from the message (or its token)'
complete -c acctl -n "__fish_acctl_using_subcommand email; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and not __fish_seen_subcommand_from status enable disable recovery-codes help" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and not __fish_seen_subcommand_from status enable disable recovery-codes help" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and not __fish_seen_subcommand_from status enable disable recovery-codes help" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and not __fish_seen_subcommand_from status enable disable recovery-codes help" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and not __fish_seen_subcommand_from status enable disable recovery-codes help" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and not __fish_seen_subcommand_from status enable disable recovery-codes help" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and not __fish_seen_subcommand_from status enable disable recovery-codes help" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and not __fish_seen_subcommand_from status enable disable recovery-codes help" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and not __fish_seen_subcommand_from status enable disable recovery-codes help" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and not __fish_seen_subcommand_from status enable disable recovery-codes help" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and not __fish_seen_subcommand_from status enable disable recovery-codes help" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and not __fish_seen_subcommand_from status enable disable recovery-codes help" -f -a "status" -d 'Whether it is on, and how many recovery codes are left'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and not __fish_seen_subcommand_from status enable disable recovery-codes help" -f -a "enable" -d 'Turn it on: scan the QR code, type a code, keep the recovery codes'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and not __fish_seen_subcommand_from status enable disable recovery-codes help" -f -a "disable" -d 'Turn it off (asks for a code from the authenticator, and to confirm)'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and not __fish_seen_subcommand_from status enable disable recovery-codes help" -f -a "recovery-codes" -d 'New recovery codes; the old ones stop working (asks for a code from the authenticator)'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and not __fish_seen_subcommand_from status enable disable recovery-codes help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from status" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from status" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from status" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from status" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from status" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from status" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from enable" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from enable" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from enable" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from enable" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from enable" -l password-stdin -d 'Read the password (one line) from stdin, for the re-authentication'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from enable" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from enable" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from enable" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from enable" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from enable" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from disable" -l totp -d 'The current code from your authenticator app' -r
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from disable" -l recovery-code -d 'An unused recovery code, instead of the authenticator\'s code' -r
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from disable" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from disable" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from disable" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from disable" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from disable" -l password-stdin -d 'Read the password (one line) from stdin: needed when the sign-in is older than 10 minutes'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from disable" -s y -l yes -d 'Do not ask to confirm'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from disable" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from disable" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from disable" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from disable" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from disable" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from recovery-codes" -l totp -d 'The current code from your authenticator app' -r
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from recovery-codes" -l recovery-code -d 'An unused recovery code, instead of the authenticator\'s code' -r
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from recovery-codes" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from recovery-codes" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from recovery-codes" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from recovery-codes" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from recovery-codes" -l password-stdin -d 'Read the password (one line) from stdin: needed when the sign-in is older than 10 minutes'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from recovery-codes" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from recovery-codes" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from recovery-codes" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from recovery-codes" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from recovery-codes" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from recovery-codes" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from recovery-codes" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from help" -f -a "status" -d 'Whether it is on, and how many recovery codes are left'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Turn it on: scan the QR code, type a code, keep the recovery codes'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Turn it off (asks for a code from the authenticator, and to confirm)'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from help" -f -a "recovery-codes" -d 'New recovery codes; the old ones stop working (asks for a code from the authenticator)'
complete -c acctl -n "__fish_acctl_using_subcommand 2sv; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand security; and not __fish_seen_subcommand_from check help" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand security; and not __fish_seen_subcommand_from check help" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand security; and not __fish_seen_subcommand_from check help" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand security; and not __fish_seen_subcommand_from check help" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand security; and not __fish_seen_subcommand_from check help" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand security; and not __fish_seen_subcommand_from check help" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand security; and not __fish_seen_subcommand_from check help" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand security; and not __fish_seen_subcommand_from check help" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand security; and not __fish_seen_subcommand_from check help" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand security; and not __fish_seen_subcommand_from check help" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand security; and not __fish_seen_subcommand_from check help" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand security; and not __fish_seen_subcommand_from check help" -f -a "check" -d 'Checkup: 2SV, verified phone and email, password age, unrecognised devices, failed sign-ins; each finding with the command that fixes it'
complete -c acctl -n "__fish_acctl_using_subcommand security; and not __fish_seen_subcommand_from check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand security; and __fish_seen_subcommand_from check" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand security; and __fish_seen_subcommand_from check" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand security; and __fish_seen_subcommand_from check" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand security; and __fish_seen_subcommand_from check" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand security; and __fish_seen_subcommand_from check" -l strict -d 'Exit 1 when a finding above `info` is found'
complete -c acctl -n "__fish_acctl_using_subcommand security; and __fish_seen_subcommand_from check" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand security; and __fish_seen_subcommand_from check" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand security; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand security; and __fish_seen_subcommand_from check" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand security; and __fish_seen_subcommand_from check" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand security; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand security; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand security; and __fish_seen_subcommand_from help" -f -a "check" -d 'Checkup: 2SV, verified phone and email, password age, unrecognised devices, failed sign-ins; each finding with the command that fixes it'
complete -c acctl -n "__fish_acctl_using_subcommand security; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand activity; and not __fish_seen_subcommand_from report help" -l since -d 'Only events at or after this time: 30m, 12h, 7d, 2w, 2026-11-01 or RFC 3339' -r
complete -c acctl -n "__fish_acctl_using_subcommand activity; and not __fish_seen_subcommand_from report help" -l until -d 'Only events before this time (same forms as --since)' -r
complete -c acctl -n "__fish_acctl_using_subcommand activity; and not __fish_seen_subcommand_from report help" -l kind -d 'Only this kind of event, e.g. sign_in, password_changed, device_signed_out' -r
complete -c acctl -n "__fish_acctl_using_subcommand activity; and not __fish_seen_subcommand_from report help" -l limit -d 'At most N events (default 20)' -r
complete -c acctl -n "__fish_acctl_using_subcommand activity; and not __fish_seen_subcommand_from report help" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand activity; and not __fish_seen_subcommand_from report help" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand activity; and not __fish_seen_subcommand_from report help" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand activity; and not __fish_seen_subcommand_from report help" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand activity; and not __fish_seen_subcommand_from report help" -l failed -d 'Only failures'
complete -c acctl -n "__fish_acctl_using_subcommand activity; and not __fish_seen_subcommand_from report help" -l all -d 'Every matching event (streams with -o ndjson)'
complete -c acctl -n "__fish_acctl_using_subcommand activity; and not __fish_seen_subcommand_from report help" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand activity; and not __fish_seen_subcommand_from report help" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand activity; and not __fish_seen_subcommand_from report help" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand activity; and not __fish_seen_subcommand_from report help" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand activity; and not __fish_seen_subcommand_from report help" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand activity; and not __fish_seen_subcommand_from report help" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand activity; and not __fish_seen_subcommand_from report help" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand activity; and not __fish_seen_subcommand_from report help" -f -a "report" -d '"This wasn\'t me": sign out the event\'s device, then change the password'
complete -c acctl -n "__fish_acctl_using_subcommand activity; and not __fish_seen_subcommand_from report help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand activity; and __fish_seen_subcommand_from report" -l totp -d 'Two-step code for the re-authentication' -r
complete -c acctl -n "__fish_acctl_using_subcommand activity; and __fish_seen_subcommand_from report" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand activity; and __fish_seen_subcommand_from report" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand activity; and __fish_seen_subcommand_from report" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand activity; and __fish_seen_subcommand_from report" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand activity; and __fish_seen_subcommand_from report" -l password-stdin -d 'Read the password (one line) from stdin, for the re-authentication'
complete -c acctl -n "__fish_acctl_using_subcommand activity; and __fish_seen_subcommand_from report" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand activity; and __fish_seen_subcommand_from report" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand activity; and __fish_seen_subcommand_from report" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand activity; and __fish_seen_subcommand_from report" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand activity; and __fish_seen_subcommand_from report" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand activity; and __fish_seen_subcommand_from report" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand activity; and __fish_seen_subcommand_from report" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand activity; and __fish_seen_subcommand_from help" -f -a "report" -d '"This wasn\'t me": sign out the event\'s device, then change the password'
complete -c acctl -n "__fish_acctl_using_subcommand activity; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand devices; and not __fish_seen_subcommand_from list sign-out help" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand devices; and not __fish_seen_subcommand_from list sign-out help" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand devices; and not __fish_seen_subcommand_from list sign-out help" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand devices; and not __fish_seen_subcommand_from list sign-out help" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand devices; and not __fish_seen_subcommand_from list sign-out help" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand devices; and not __fish_seen_subcommand_from list sign-out help" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand devices; and not __fish_seen_subcommand_from list sign-out help" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand devices; and not __fish_seen_subcommand_from list sign-out help" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand devices; and not __fish_seen_subcommand_from list sign-out help" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand devices; and not __fish_seen_subcommand_from list sign-out help" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand devices; and not __fish_seen_subcommand_from list sign-out help" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand devices; and not __fish_seen_subcommand_from list sign-out help" -f -a "list" -d 'Every signed-in device (the default)'
complete -c acctl -n "__fish_acctl_using_subcommand devices; and not __fish_seen_subcommand_from list sign-out help" -f -a "sign-out" -d 'Sign devices out; prints what was signed out (name, IP, last seen)'
complete -c acctl -n "__fish_acctl_using_subcommand devices; and not __fish_seen_subcommand_from list sign-out help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand devices; and __fish_seen_subcommand_from list" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand devices; and __fish_seen_subcommand_from list" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand devices; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand devices; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand devices; and __fish_seen_subcommand_from list" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand devices; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand devices; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand devices; and __fish_seen_subcommand_from list" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand devices; and __fish_seen_subcommand_from list" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand devices; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand devices; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand devices; and __fish_seen_subcommand_from sign-out" -l totp -d 'Two-step code for the re-authentication' -r
complete -c acctl -n "__fish_acctl_using_subcommand devices; and __fish_seen_subcommand_from sign-out" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand devices; and __fish_seen_subcommand_from sign-out" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand devices; and __fish_seen_subcommand_from sign-out" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand devices; and __fish_seen_subcommand_from sign-out" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand devices; and __fish_seen_subcommand_from sign-out" -l others -d 'Every device except this one'
complete -c acctl -n "__fish_acctl_using_subcommand devices; and __fish_seen_subcommand_from sign-out" -l all -d 'Every device, this one included (you are signed out here too)'
complete -c acctl -n "__fish_acctl_using_subcommand devices; and __fish_seen_subcommand_from sign-out" -l password-stdin -d 'Read the password (one line) from stdin, for the re-authentication'
complete -c acctl -n "__fish_acctl_using_subcommand devices; and __fish_seen_subcommand_from sign-out" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand devices; and __fish_seen_subcommand_from sign-out" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand devices; and __fish_seen_subcommand_from sign-out" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand devices; and __fish_seen_subcommand_from sign-out" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand devices; and __fish_seen_subcommand_from sign-out" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand devices; and __fish_seen_subcommand_from sign-out" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand devices; and __fish_seen_subcommand_from sign-out" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand devices; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every signed-in device (the default)'
complete -c acctl -n "__fish_acctl_using_subcommand devices; and __fish_seen_subcommand_from help" -f -a "sign-out" -d 'Sign devices out; prints what was signed out (name, IP, last seen)'
complete -c acctl -n "__fish_acctl_using_subcommand devices; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand apps; and not __fish_seen_subcommand_from list revoke help" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand apps; and not __fish_seen_subcommand_from list revoke help" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand apps; and not __fish_seen_subcommand_from list revoke help" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand apps; and not __fish_seen_subcommand_from list revoke help" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand apps; and not __fish_seen_subcommand_from list revoke help" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand apps; and not __fish_seen_subcommand_from list revoke help" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand apps; and not __fish_seen_subcommand_from list revoke help" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand apps; and not __fish_seen_subcommand_from list revoke help" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand apps; and not __fish_seen_subcommand_from list revoke help" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand apps; and not __fish_seen_subcommand_from list revoke help" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand apps; and not __fish_seen_subcommand_from list revoke help" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand apps; and not __fish_seen_subcommand_from list revoke help" -f -a "list" -d 'Every app this account granted (the default)'
complete -c acctl -n "__fish_acctl_using_subcommand apps; and not __fish_seen_subcommand_from list revoke help" -f -a "revoke" -d 'End an app\'s access: the grant and every token issued under it'
complete -c acctl -n "__fish_acctl_using_subcommand apps; and not __fish_seen_subcommand_from list revoke help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand apps; and __fish_seen_subcommand_from list" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand apps; and __fish_seen_subcommand_from list" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand apps; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand apps; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand apps; and __fish_seen_subcommand_from list" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand apps; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand apps; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand apps; and __fish_seen_subcommand_from list" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand apps; and __fish_seen_subcommand_from list" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand apps; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand apps; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand apps; and __fish_seen_subcommand_from revoke" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand apps; and __fish_seen_subcommand_from revoke" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand apps; and __fish_seen_subcommand_from revoke" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand apps; and __fish_seen_subcommand_from revoke" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand apps; and __fish_seen_subcommand_from revoke" -l yes -d 'Do not ask for confirmation on a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand apps; and __fish_seen_subcommand_from revoke" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand apps; and __fish_seen_subcommand_from revoke" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand apps; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand apps; and __fish_seen_subcommand_from revoke" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand apps; and __fish_seen_subcommand_from revoke" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand apps; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand apps; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand apps; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every app this account granted (the default)'
complete -c acctl -n "__fish_acctl_using_subcommand apps; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'End an app\'s access: the grant and every token issued under it'
complete -c acctl -n "__fish_acctl_using_subcommand apps; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand account; and not __fish_seen_subcommand_from language delete help" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand account; and not __fish_seen_subcommand_from language delete help" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand account; and not __fish_seen_subcommand_from language delete help" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand account; and not __fish_seen_subcommand_from language delete help" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand account; and not __fish_seen_subcommand_from language delete help" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand account; and not __fish_seen_subcommand_from language delete help" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand account; and not __fish_seen_subcommand_from language delete help" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand account; and not __fish_seen_subcommand_from language delete help" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand account; and not __fish_seen_subcommand_from language delete help" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand account; and not __fish_seen_subcommand_from language delete help" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand account; and not __fish_seen_subcommand_from language delete help" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand account; and not __fish_seen_subcommand_from language delete help" -f -a "language" -d 'Show or set the language of the account\'s texts and emails'
complete -c acctl -n "__fish_acctl_using_subcommand account; and not __fish_seen_subcommand_from language delete help" -f -a "delete" -d 'Delete the account for good'
complete -c acctl -n "__fish_acctl_using_subcommand account; and not __fish_seen_subcommand_from language delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from language" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from language" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from language" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from language" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from language" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from language" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from language" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from language" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from language" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from language" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from language" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l code -d 'The code sent for the deletion, if you already have it' -r
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l via -d 'Where the code goes (default: the phone, else the email)' -r -f -a "sms\t''
email\t''"
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l confirm -d 'The account ID as confirmation, instead of typing it (scripts)' -r
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l totp -d 'Two-step code for the re-authentication' -r
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l yes -d 'Do not ask to type the account ID (send it as the confirmation)'
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l password-stdin -d 'Read the password (one line) from stdin, for the re-authentication'
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "language" -d 'Show or set the language of the account\'s texts and emails'
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete the account for good'
complete -c acctl -n "__fish_acctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and not __fish_seen_subcommand_from password id ticket status cancel help" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand recover; and not __fish_seen_subcommand_from password id ticket status cancel help" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand recover; and not __fish_seen_subcommand_from password id ticket status cancel help" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand recover; and not __fish_seen_subcommand_from password id ticket status cancel help" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand recover; and not __fish_seen_subcommand_from password id ticket status cancel help" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and not __fish_seen_subcommand_from password id ticket status cancel help" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and not __fish_seen_subcommand_from password id ticket status cancel help" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and not __fish_seen_subcommand_from password id ticket status cancel help" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and not __fish_seen_subcommand_from password id ticket status cancel help" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and not __fish_seen_subcommand_from password id ticket status cancel help" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and not __fish_seen_subcommand_from password id ticket status cancel help" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and not __fish_seen_subcommand_from password id ticket status cancel help" -f -a "password" -d 'Forgot password: a code to the verified phone or email, then a new password'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and not __fish_seen_subcommand_from password id ticket status cancel help" -f -a "id" -d 'Find my ID: the account ID is sent to the phone or email, if it is verified on an account'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and not __fish_seen_subcommand_from password id ticket status cancel help" -f -a "ticket" -d 'Open a recovery ticket when codes cannot reach you (support staff review it)'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and not __fish_seen_subcommand_from password id ticket status cancel help" -f -a "status" -d 'Where a recovery ticket (T…) or a waiting password reset (flow ID) stands'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and not __fish_seen_subcommand_from password id ticket status cancel help" -f -a "cancel" -d 'Cancel a pending password reset of the signed-in account'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and not __fish_seen_subcommand_from password id ticket status cancel help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from password" -l via -d 'Where the code goes (default: the phone for a phone or ID, the email for an email)' -r -f -a "sms\t''
email\t''"
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from password" -l ticket -d 'Finish an approved recovery ticket (its status secret: saved here when you opened it, else --status-secret-stdin, else a prompt)' -r
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from password" -l code -d 'The code, if you already have it' -r
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from password" -l totp -d 'Two-step verification code (or a recovery code), if the account has two-step on' -r
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from password" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from password" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from password" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from password" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from password" -l status-secret-stdin -d 'Read the ticket\'s status secret (one line) from stdin, before any password'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from password" -l password-stdin -d 'Read the new password (one line) from stdin'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from password" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from password" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from password" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from password" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from password" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from password" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from password" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from id" -l phone -d 'Phone number in E.164 form' -r
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from id" -l email -d 'Email address' -r
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from id" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from id" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from id" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from id" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from id" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from id" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from id" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from id" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from id" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from id" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from id" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from ticket" -l contact-email -d 'An email you can read now; a code goes there, and so does the decision' -r
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from ticket" -l evidence -d 'Evidence as JSON (`-` for stdin); without it a terminal asks the questions' -r -F
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from ticket" -l code -d 'The code sent to the contact email, if you already have it' -r
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from ticket" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from ticket" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from ticket" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from ticket" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from ticket" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from ticket" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from ticket" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from ticket" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from ticket" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from ticket" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from ticket" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from status" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from status" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from status" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from status" -l status-secret-stdin -d 'Read the ticket\'s status secret (one line) from stdin'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from status" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from status" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from status" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from cancel" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from cancel" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from cancel" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from cancel" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from cancel" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from cancel" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from cancel" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from cancel" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from help" -f -a "password" -d 'Forgot password: a code to the verified phone or email, then a new password'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from help" -f -a "id" -d 'Find my ID: the account ID is sent to the phone or email, if it is verified on an account'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from help" -f -a "ticket" -d 'Open a recovery ticket when codes cannot reach you (support staff review it)'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from help" -f -a "status" -d 'Where a recovery ticket (T…) or a waiting password reset (flow ID) stands'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel a pending password reset of the signed-in account'
complete -c acctl -n "__fish_acctl_using_subcommand recover; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand support; and not __fish_seen_subcommand_from account ticket audit help" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand support; and not __fish_seen_subcommand_from account ticket audit help" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand support; and not __fish_seen_subcommand_from account ticket audit help" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand support; and not __fish_seen_subcommand_from account ticket audit help" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand support; and not __fish_seen_subcommand_from account ticket audit help" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand support; and not __fish_seen_subcommand_from account ticket audit help" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand support; and not __fish_seen_subcommand_from account ticket audit help" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand support; and not __fish_seen_subcommand_from account ticket audit help" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand support; and not __fish_seen_subcommand_from account ticket audit help" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand support; and not __fish_seen_subcommand_from account ticket audit help" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand support; and not __fish_seen_subcommand_from account ticket audit help" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand support; and not __fish_seen_subcommand_from account ticket audit help" -f -a "account" -d 'Find accounts and act on them'
complete -c acctl -n "__fish_acctl_using_subcommand support; and not __fish_seen_subcommand_from account ticket audit help" -f -a "ticket" -d 'The recovery ticket queue'
complete -c acctl -n "__fish_acctl_using_subcommand support; and not __fish_seen_subcommand_from account ticket audit help" -f -a "audit" -d 'The audit log of staff actions (append-only)'
complete -c acctl -n "__fish_acctl_using_subcommand support; and not __fish_seen_subcommand_from account ticket audit help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from account" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from account" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from account" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from account" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from account" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from account" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from account" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from account" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from account" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from account" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from account" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from account" -f -a "search" -d 'Find the account with this ID, phone (+E164) or email'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from account" -f -a "show" -d 'An account as staff see it (contacts masked)'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from account" -f -a "lock" -d 'Lock password sign-in and sign every device out (one ID, or many from a file)'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from account" -f -a "unlock" -d 'Lift a lock (support or too many failed sign-ins)'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from account" -f -a "sign-out" -d 'Sign every device of an account out (one ID, or many from a file)'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from account" -f -a "activity" -d 'Sign-in attempts and security events of an account, newest first'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from account" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from ticket" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from ticket" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from ticket" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from ticket" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from ticket" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from ticket" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from ticket" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from ticket" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from ticket" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from ticket" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from ticket" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from ticket" -f -a "list" -d 'Tickets, newest first, with their evidence score'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from ticket" -f -a "show" -d 'One ticket: each evidence item beside whether it matched, and staff notes'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from ticket" -f -a "claim" -d 'Take a ticket, so nobody else decides it meanwhile'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from ticket" -f -a "approve" -d 'Approve: a code goes to the ticket\'s contact email to set a new password'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from ticket" -f -a "reject" -d 'Reject: the requester is emailed the reason'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from ticket" -f -a "note" -d 'Add a note for other staff (any ticket, claimed or not)'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from ticket" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from audit" -l actor -d 'Only actions by this staff account' -r
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from audit" -l account -d 'Only actions on this account' -r
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from audit" -l since -d 'Only entries at or after: 30m, 12h, 7d, 2w, 2026-11-01 or RFC 3339' -r
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from audit" -l limit -d 'At most N entries (default 200)' -r
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from audit" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from audit" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from audit" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from audit" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from audit" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from audit" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from audit" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from audit" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from audit" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from audit" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from audit" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "account" -d 'Find accounts and act on them'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "ticket" -d 'The recovery ticket queue'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "audit" -d 'The audit log of staff actions (append-only)'
complete -c acctl -n "__fish_acctl_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand admin; and not __fish_seen_subcommand_from client help" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand admin; and not __fish_seen_subcommand_from client help" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand admin; and not __fish_seen_subcommand_from client help" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand admin; and not __fish_seen_subcommand_from client help" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand admin; and not __fish_seen_subcommand_from client help" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand admin; and not __fish_seen_subcommand_from client help" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand admin; and not __fish_seen_subcommand_from client help" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand admin; and not __fish_seen_subcommand_from client help" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand admin; and not __fish_seen_subcommand_from client help" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand admin; and not __fish_seen_subcommand_from client help" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand admin; and not __fish_seen_subcommand_from client help" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand admin; and not __fish_seen_subcommand_from client help" -f -a "client" -d 'Apps that sign people in with their account (OpenID Connect clients)'
complete -c acctl -n "__fish_acctl_using_subcommand admin; and not __fish_seen_subcommand_from client help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand admin; and __fish_seen_subcommand_from client" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand admin; and __fish_seen_subcommand_from client" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand admin; and __fish_seen_subcommand_from client" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand admin; and __fish_seen_subcommand_from client" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand admin; and __fish_seen_subcommand_from client" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand admin; and __fish_seen_subcommand_from client" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand admin; and __fish_seen_subcommand_from client" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand admin; and __fish_seen_subcommand_from client" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand admin; and __fish_seen_subcommand_from client" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand admin; and __fish_seen_subcommand_from client" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand admin; and __fish_seen_subcommand_from client" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand admin; and __fish_seen_subcommand_from client" -f -a "create" -d 'Register a client; prints its ID and, once, its secret'
complete -c acctl -n "__fish_acctl_using_subcommand admin; and __fish_seen_subcommand_from client" -f -a "list" -d 'Every registered client (static ones included)'
complete -c acctl -n "__fish_acctl_using_subcommand admin; and __fish_seen_subcommand_from client" -f -a "show" -d 'One client'
complete -c acctl -n "__fish_acctl_using_subcommand admin; and __fish_seen_subcommand_from client" -f -a "update" -d 'Change a client\'s name, redirect URIs, scopes or signing algorithm'
complete -c acctl -n "__fish_acctl_using_subcommand admin; and __fish_seen_subcommand_from client" -f -a "rotate-secret" -d 'Make a new secret (printed once); the old one stops working at once'
complete -c acctl -n "__fish_acctl_using_subcommand admin; and __fish_seen_subcommand_from client" -f -a "delete" -d 'Delete a client: every grant and token it had ends'
complete -c acctl -n "__fish_acctl_using_subcommand admin; and __fish_seen_subcommand_from client" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "client" -d 'Apps that sign people in with their account (OpenID Connect clients)'
complete -c acctl -n "__fish_acctl_using_subcommand admin; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c acctl -n "__fish_acctl_using_subcommand generate-man" -l server -d 'Service base URL [env: ACCTL_SERVER] (default: the profile\'s, else http://127.0.0.1:8720)' -r
complete -c acctl -n "__fish_acctl_using_subcommand generate-man" -l profile -d 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)' -r
complete -c acctl -n "__fish_acctl_using_subcommand generate-man" -s o -l output -d 'Output format: table (default), json, or ndjson (lists: one object per line)' -r -f -a "table\t''
json\t''
ndjson\t''"
complete -c acctl -n "__fish_acctl_using_subcommand generate-man" -l color -d 'Colour: auto (terminal only; off with NO_COLOR), always or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c acctl -n "__fish_acctl_using_subcommand generate-man" -l json -d 'Machine output: the same as -o json'
complete -c acctl -n "__fish_acctl_using_subcommand generate-man" -l no-input -d 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
complete -c acctl -n "__fish_acctl_using_subcommand generate-man" -s q -l quiet -d 'Less output on stderr'
complete -c acctl -n "__fish_acctl_using_subcommand generate-man" -s v -l verbose -d 'HTTP trace on stderr (never secrets)'
complete -c acctl -n "__fish_acctl_using_subcommand generate-man" -l allow-insecure-http -d 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
complete -c acctl -n "__fish_acctl_using_subcommand generate-man" -s h -l help -d 'Print help'
complete -c acctl -n "__fish_acctl_using_subcommand generate-man" -s V -l version -d 'Print version'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor password phone email 2sv security activity devices apps account recover support admin completions generate-man help" -f -a "signup" -d 'Create an account and sign in'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor password phone email 2sv security activity devices apps account recover support admin completions generate-man help" -f -a "login" -d 'Sign in (password, --sms, --email-code, or --web in a browser; two-step asks for a TOTP code)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor password phone email 2sv security activity devices apps account recover support admin completions generate-man help" -f -a "logout" -d 'Sign this device out and remove the stored tokens'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor password phone email 2sv security activity devices apps account recover support admin completions generate-man help" -f -a "status" -d 'Every profile and whether the current one is signed in'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor password phone email 2sv security activity devices apps account recover support admin completions generate-man help" -f -a "whoami" -d 'The signed-in account'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor password phone email 2sv security activity devices apps account recover support admin completions generate-man help" -f -a "token" -d 'Print a valid access token'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor password phone email 2sv security activity devices apps account recover support admin completions generate-man help" -f -a "continue" -d 'Carry on a pending multi-step operation'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor password phone email 2sv security activity devices apps account recover support admin completions generate-man help" -f -a "profile" -d 'Manage saved sign-ins'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor password phone email 2sv security activity devices apps account recover support admin completions generate-man help" -f -a "flow" -d 'Pending multi-step operations'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor password phone email 2sv security activity devices apps account recover support admin completions generate-man help" -f -a "limits" -d 'Code and sign-in limits of the account'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor password phone email 2sv security activity devices apps account recover support admin completions generate-man help" -f -a "doctor" -d 'Check the set-up and say what to fix'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor password phone email 2sv security activity devices apps account recover support admin completions generate-man help" -f -a "password" -d 'Change the password'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor password phone email 2sv security activity devices apps account recover support admin completions generate-man help" -f -a "phone" -d 'Change the phone number'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor password phone email 2sv security activity devices apps account recover support admin completions generate-man help" -f -a "email" -d 'Set and confirm the email address'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor password phone email 2sv security activity devices apps account recover support admin completions generate-man help" -f -a "2sv" -d 'Two-step verification (authenticator app)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor password phone email 2sv security activity devices apps account recover support admin completions generate-man help" -f -a "security" -d 'Security checkup with the command that fixes each finding'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor password phone email 2sv security activity devices apps account recover support admin completions generate-man help" -f -a "activity" -d 'Sign-in attempts and security events, newest first'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor password phone email 2sv security activity devices apps account recover support admin completions generate-man help" -f -a "devices" -d 'Signed-in devices; sign them out'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor password phone email 2sv security activity devices apps account recover support admin completions generate-man help" -f -a "apps" -d 'Apps you signed in to with this account; revoke their access'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor password phone email 2sv security activity devices apps account recover support admin completions generate-man help" -f -a "account" -d 'The account itself (language, delete)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor password phone email 2sv security activity devices apps account recover support admin completions generate-man help" -f -a "recover" -d 'Get back in: forgotten password or ID, recovery tickets'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor password phone email 2sv security activity devices apps account recover support admin completions generate-man help" -f -a "support" -d 'Support staff: accounts, the ticket queue, the audit log'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor password phone email 2sv security activity devices apps account recover support admin completions generate-man help" -f -a "admin" -d 'Administration (role admin): OpenID Connect clients'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor password phone email 2sv security activity devices apps account recover support admin completions generate-man help" -f -a "completions" -d 'Print shell completions'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor password phone email 2sv security activity devices apps account recover support admin completions generate-man help" -f -a "generate-man" -d 'Write the man pages (for packagers and the checked-in man/)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and not __fish_seen_subcommand_from signup login logout status whoami token continue profile flow limits doctor password phone email 2sv security activity devices apps account recover support admin completions generate-man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'List saved profiles'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "use" -d 'Make NAME the profile used when --profile / ACCTL_PROFILE are not given'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "remove" -d 'Forget a profile and its stored tokens on this machine (use `acctl logout --profile NAME` to also sign the device out on the server)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from flow" -f -a "list" -d 'Live pending flows of this profile, with what each awaits and when it expires'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from flow" -f -a "cancel" -d 'Cancel a pending flow on the server and forget it here'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from password" -f -a "change" -d 'Change the password; every other device is signed out'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from phone" -f -a "change" -d 'Change the phone: a code to the current phone (or email), then one to the new phone'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from email" -f -a "set" -d 'Set or change the email: a confirmation link goes to the new address'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from email" -f -a "verify" -d 'Confirm an email with the link from the message (or its token)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from 2sv" -f -a "status" -d 'Whether it is on, and how many recovery codes are left'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from 2sv" -f -a "enable" -d 'Turn it on: scan the QR code, type a code, keep the recovery codes'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from 2sv" -f -a "disable" -d 'Turn it off (asks for a code from the authenticator, and to confirm)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from 2sv" -f -a "recovery-codes" -d 'New recovery codes; the old ones stop working (asks for a code from the authenticator)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from security" -f -a "check" -d 'Checkup: 2SV, verified phone and email, password age, unrecognised devices, failed sign-ins; each finding with the command that fixes it'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from activity" -f -a "report" -d '"This wasn\'t me": sign out the event\'s device, then change the password'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from devices" -f -a "list" -d 'Every signed-in device (the default)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from devices" -f -a "sign-out" -d 'Sign devices out; prints what was signed out (name, IP, last seen)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from apps" -f -a "list" -d 'Every app this account granted (the default)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from apps" -f -a "revoke" -d 'End an app\'s access: the grant and every token issued under it'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "language" -d 'Show or set the language of the account\'s texts and emails'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "delete" -d 'Delete the account for good'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from recover" -f -a "password" -d 'Forgot password: a code to the verified phone or email, then a new password'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from recover" -f -a "id" -d 'Find my ID: the account ID is sent to the phone or email, if it is verified on an account'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from recover" -f -a "ticket" -d 'Open a recovery ticket when codes cannot reach you (support staff review it)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from recover" -f -a "status" -d 'Where a recovery ticket (T…) or a waiting password reset (flow ID) stands'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from recover" -f -a "cancel" -d 'Cancel a pending password reset of the signed-in account'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "account" -d 'Find accounts and act on them'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "ticket" -d 'The recovery ticket queue'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "audit" -d 'The audit log of staff actions (append-only)'
complete -c acctl -n "__fish_acctl_using_subcommand help; and __fish_seen_subcommand_from admin" -f -a "client" -d 'Apps that sign people in with their account (OpenID Connect clients)'
