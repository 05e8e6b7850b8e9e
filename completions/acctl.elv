
use builtin;
use str;

set edit:completion:arg-completer[acctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'acctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'acctl'= {
            cand --server 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)'
            cand --profile 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)'
            cand -o 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --output 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --color 'Colour: auto (terminal only; off with NO_COLOR), always or never'
            cand --json 'Machine output: the same as -o json'
            cand --no-input 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'HTTP trace on stderr (never secrets)'
            cand --verbose 'HTTP trace on stderr (never secrets)'
            cand --allow-insecure-http 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand signup 'Create an account and sign in'
            cand login 'Sign in (password, --sms or --email-code; two-step asks for a TOTP code)'
            cand logout 'Sign this device out and remove the stored tokens'
            cand status 'Every profile and whether the current one is signed in'
            cand whoami 'The signed-in account'
            cand token 'Print a valid access token'
            cand continue 'Carry on a pending multi-step operation'
            cand profile 'Manage saved sign-ins'
            cand flow 'Pending multi-step operations'
            cand limits 'Code and sign-in limits of the account'
            cand doctor 'Check the set-up and say what to fix'
            cand completions 'Print shell completions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;signup'= {
            cand --phone 'Phone number in E.164 form, e.g. +8613812345678'
            cand --email 'Email address'
            cand --name 'Display name'
            cand --code 'The verification code, if you already have it'
            cand --device-name 'Name of this device in the device list (default: the host name)'
            cand --server 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)'
            cand --profile 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)'
            cand -o 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --output 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --color 'Colour: auto (terminal only; off with NO_COLOR), always or never'
            cand --password-stdin 'Read the new password (one line) from stdin; without it, a terminal asks and scripts create an account that signs in by code'
            cand --insecure-storage 'Store tokens in a plain 0600 file instead of the keyring'
            cand --json 'Machine output: the same as -o json'
            cand --no-input 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'HTTP trace on stderr (never secrets)'
            cand --verbose 'HTTP trace on stderr (never secrets)'
            cand --allow-insecure-http 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acctl;login'= {
            cand --code 'The one-time code, if you already have it'
            cand --totp 'Two-step verification code (or a recovery code)'
            cand --device-name 'Name of this device in the device list (default: the host name)'
            cand --server 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)'
            cand --profile 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)'
            cand -o 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --output 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --color 'Colour: auto (terminal only; off with NO_COLOR), always or never'
            cand --sms 'Sign in with a code sent by text message to the verified phone'
            cand --email-code 'Sign in with a code sent to the verified email'
            cand --password-stdin 'Read the password (one line) from stdin'
            cand --insecure-storage 'Store tokens in a plain 0600 file instead of the keyring'
            cand --json 'Machine output: the same as -o json'
            cand --no-input 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'HTTP trace on stderr (never secrets)'
            cand --verbose 'HTTP trace on stderr (never secrets)'
            cand --allow-insecure-http 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acctl;logout'= {
            cand --server 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)'
            cand --profile 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)'
            cand -o 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --output 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --color 'Colour: auto (terminal only; off with NO_COLOR), always or never'
            cand --all-profiles 'Sign out every saved profile'
            cand --json 'Machine output: the same as -o json'
            cand --no-input 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'HTTP trace on stderr (never secrets)'
            cand --verbose 'HTTP trace on stderr (never secrets)'
            cand --allow-insecure-http 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acctl;status'= {
            cand --server 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)'
            cand --profile 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)'
            cand -o 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --output 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --color 'Colour: auto (terminal only; off with NO_COLOR), always or never'
            cand --json 'Machine output: the same as -o json'
            cand --no-input 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'HTTP trace on stderr (never secrets)'
            cand --verbose 'HTTP trace on stderr (never secrets)'
            cand --allow-insecure-http 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acctl;whoami'= {
            cand --server 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)'
            cand --profile 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)'
            cand -o 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --output 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --color 'Colour: auto (terminal only; off with NO_COLOR), always or never'
            cand --json 'Machine output: the same as -o json'
            cand --no-input 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'HTTP trace on stderr (never secrets)'
            cand --verbose 'HTTP trace on stderr (never secrets)'
            cand --allow-insecure-http 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acctl;token'= {
            cand --server 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)'
            cand --profile 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)'
            cand -o 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --output 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --color 'Colour: auto (terminal only; off with NO_COLOR), always or never'
            cand --json 'Machine output: the same as -o json'
            cand --no-input 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'HTTP trace on stderr (never secrets)'
            cand --verbose 'HTTP trace on stderr (never secrets)'
            cand --allow-insecure-http 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acctl;continue'= {
            cand --code 'The one-time code'
            cand --totp 'Two-step verification code (or a recovery code)'
            cand --phone 'A phone number the step asks for (+E164)'
            cand --server 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)'
            cand --profile 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)'
            cand -o 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --output 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --color 'Colour: auto (terminal only; off with NO_COLOR), always or never'
            cand --password-stdin 'Read the password (one line) from stdin'
            cand --json 'Machine output: the same as -o json'
            cand --no-input 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'HTTP trace on stderr (never secrets)'
            cand --verbose 'HTTP trace on stderr (never secrets)'
            cand --allow-insecure-http 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acctl;profile'= {
            cand --server 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)'
            cand --profile 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)'
            cand -o 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --output 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --color 'Colour: auto (terminal only; off with NO_COLOR), always or never'
            cand --json 'Machine output: the same as -o json'
            cand --no-input 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'HTTP trace on stderr (never secrets)'
            cand --verbose 'HTTP trace on stderr (never secrets)'
            cand --allow-insecure-http 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List saved profiles'
            cand use 'Make NAME the profile used when --profile / ACCTL_PROFILE are not given'
            cand remove 'Forget a profile and its stored tokens on this machine (use `acctl logout --profile NAME` to also sign the device out on the server)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;profile;list'= {
            cand --server 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)'
            cand --profile 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)'
            cand -o 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --output 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --color 'Colour: auto (terminal only; off with NO_COLOR), always or never'
            cand --json 'Machine output: the same as -o json'
            cand --no-input 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'HTTP trace on stderr (never secrets)'
            cand --verbose 'HTTP trace on stderr (never secrets)'
            cand --allow-insecure-http 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acctl;profile;use'= {
            cand --server 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)'
            cand --profile 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)'
            cand -o 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --output 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --color 'Colour: auto (terminal only; off with NO_COLOR), always or never'
            cand --json 'Machine output: the same as -o json'
            cand --no-input 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'HTTP trace on stderr (never secrets)'
            cand --verbose 'HTTP trace on stderr (never secrets)'
            cand --allow-insecure-http 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acctl;profile;remove'= {
            cand --server 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)'
            cand --profile 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)'
            cand -o 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --output 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --color 'Colour: auto (terminal only; off with NO_COLOR), always or never'
            cand --json 'Machine output: the same as -o json'
            cand --no-input 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'HTTP trace on stderr (never secrets)'
            cand --verbose 'HTTP trace on stderr (never secrets)'
            cand --allow-insecure-http 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acctl;profile;help'= {
            cand list 'List saved profiles'
            cand use 'Make NAME the profile used when --profile / ACCTL_PROFILE are not given'
            cand remove 'Forget a profile and its stored tokens on this machine (use `acctl logout --profile NAME` to also sign the device out on the server)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;profile;help;list'= {
        }
        &'acctl;profile;help;use'= {
        }
        &'acctl;profile;help;remove'= {
        }
        &'acctl;profile;help;help'= {
        }
        &'acctl;flow'= {
            cand --server 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)'
            cand --profile 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)'
            cand -o 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --output 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --color 'Colour: auto (terminal only; off with NO_COLOR), always or never'
            cand --json 'Machine output: the same as -o json'
            cand --no-input 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'HTTP trace on stderr (never secrets)'
            cand --verbose 'HTTP trace on stderr (never secrets)'
            cand --allow-insecure-http 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Pending flows of this profile, with what each awaits and when it expires'
            cand cancel 'Cancel a pending flow on the server and forget it here'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;flow;list'= {
            cand --server 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)'
            cand --profile 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)'
            cand -o 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --output 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --color 'Colour: auto (terminal only; off with NO_COLOR), always or never'
            cand --json 'Machine output: the same as -o json'
            cand --no-input 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'HTTP trace on stderr (never secrets)'
            cand --verbose 'HTTP trace on stderr (never secrets)'
            cand --allow-insecure-http 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acctl;flow;cancel'= {
            cand --server 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)'
            cand --profile 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)'
            cand -o 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --output 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --color 'Colour: auto (terminal only; off with NO_COLOR), always or never'
            cand --json 'Machine output: the same as -o json'
            cand --no-input 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'HTTP trace on stderr (never secrets)'
            cand --verbose 'HTTP trace on stderr (never secrets)'
            cand --allow-insecure-http 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acctl;flow;help'= {
            cand list 'Pending flows of this profile, with what each awaits and when it expires'
            cand cancel 'Cancel a pending flow on the server and forget it here'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;flow;help;list'= {
        }
        &'acctl;flow;help;cancel'= {
        }
        &'acctl;flow;help;help'= {
        }
        &'acctl;limits'= {
            cand --server 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)'
            cand --profile 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)'
            cand -o 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --output 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --color 'Colour: auto (terminal only; off with NO_COLOR), always or never'
            cand --json 'Machine output: the same as -o json'
            cand --no-input 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'HTTP trace on stderr (never secrets)'
            cand --verbose 'HTTP trace on stderr (never secrets)'
            cand --allow-insecure-http 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acctl;doctor'= {
            cand --server 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)'
            cand --profile 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)'
            cand -o 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --output 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --color 'Colour: auto (terminal only; off with NO_COLOR), always or never'
            cand --json 'Machine output: the same as -o json'
            cand --no-input 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'HTTP trace on stderr (never secrets)'
            cand --verbose 'HTTP trace on stderr (never secrets)'
            cand --allow-insecure-http 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acctl;completions'= {
            cand --server 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)'
            cand --profile 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)'
            cand -o 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --output 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --color 'Colour: auto (terminal only; off with NO_COLOR), always or never'
            cand --json 'Machine output: the same as -o json'
            cand --no-input 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal'
            cand -q 'Less output on stderr'
            cand --quiet 'Less output on stderr'
            cand -v 'HTTP trace on stderr (never secrets)'
            cand --verbose 'HTTP trace on stderr (never secrets)'
            cand --allow-insecure-http 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'acctl;help'= {
            cand signup 'Create an account and sign in'
            cand login 'Sign in (password, --sms or --email-code; two-step asks for a TOTP code)'
            cand logout 'Sign this device out and remove the stored tokens'
            cand status 'Every profile and whether the current one is signed in'
            cand whoami 'The signed-in account'
            cand token 'Print a valid access token'
            cand continue 'Carry on a pending multi-step operation'
            cand profile 'Manage saved sign-ins'
            cand flow 'Pending multi-step operations'
            cand limits 'Code and sign-in limits of the account'
            cand doctor 'Check the set-up and say what to fix'
            cand completions 'Print shell completions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;help;signup'= {
        }
        &'acctl;help;login'= {
        }
        &'acctl;help;logout'= {
        }
        &'acctl;help;status'= {
        }
        &'acctl;help;whoami'= {
        }
        &'acctl;help;token'= {
        }
        &'acctl;help;continue'= {
        }
        &'acctl;help;profile'= {
            cand list 'List saved profiles'
            cand use 'Make NAME the profile used when --profile / ACCTL_PROFILE are not given'
            cand remove 'Forget a profile and its stored tokens on this machine (use `acctl logout --profile NAME` to also sign the device out on the server)'
        }
        &'acctl;help;profile;list'= {
        }
        &'acctl;help;profile;use'= {
        }
        &'acctl;help;profile;remove'= {
        }
        &'acctl;help;flow'= {
            cand list 'Pending flows of this profile, with what each awaits and when it expires'
            cand cancel 'Cancel a pending flow on the server and forget it here'
        }
        &'acctl;help;flow;list'= {
        }
        &'acctl;help;flow;cancel'= {
        }
        &'acctl;help;limits'= {
        }
        &'acctl;help;doctor'= {
        }
        &'acctl;help;completions'= {
        }
        &'acctl;help;help'= {
        }
    ]
    $completions[$command]
}
