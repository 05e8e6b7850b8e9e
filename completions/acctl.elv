
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
            cand login 'Sign in (password, --sms, --email-code, or --web in a browser; two-step asks for a TOTP code)'
            cand logout 'Sign this device out and remove the stored tokens'
            cand status 'Every profile and whether the current one is signed in'
            cand whoami 'The signed-in account'
            cand token 'Print a valid access token'
            cand continue 'Carry on a pending multi-step operation'
            cand profile 'Manage saved sign-ins'
            cand flow 'Pending multi-step operations'
            cand limits 'Code and sign-in limits of the account'
            cand doctor 'Check the set-up and say what to fix'
            cand password 'Change the password'
            cand phone 'Change the phone number'
            cand email 'Set and confirm the email address'
            cand 2sv 'Two-step verification (authenticator app)'
            cand security 'Security checkup with the command that fixes each finding'
            cand activity 'Sign-in attempts and security events, newest first'
            cand devices 'Signed-in devices; sign them out'
            cand apps 'Apps you signed in to with this account; revoke their access'
            cand account 'The account itself (language, delete)'
            cand recover 'Get back in: forgotten password or ID, recovery tickets'
            cand support 'Support staff: accounts, the ticket queue, the audit log'
            cand admin 'Administration (role admin): OpenID Connect clients'
            cand completions 'Print shell completions'
            cand generate-man 'Write the man pages (for packagers and the checked-in man/)'
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
            cand --web 'Sign in with a browser: approve a one-time code on the service''s web page'
            cand --no-browser 'With --web: only print the address and the code, do not open a browser'
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
            cand --confirm 'For a deletion: the account ID, typed as confirmation'
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
            cand list 'Live pending flows of this profile, with what each awaits and when it expires'
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
            cand list 'Live pending flows of this profile, with what each awaits and when it expires'
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
        &'acctl;password'= {
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
            cand change 'Change the password; every other device is signed out'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;password;change'= {
            cand --totp 'With two-step verification on: the current code from your authenticator app'
            cand --recovery-code 'With two-step verification on: an unused recovery code instead'
            cand --server 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)'
            cand --profile 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)'
            cand -o 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --output 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --color 'Colour: auto (terminal only; off with NO_COLOR), always or never'
            cand --passwords-stdin 'Read the current and the new password from stdin, one per line'
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
        &'acctl;password;help'= {
            cand change 'Change the password; every other device is signed out'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;password;help;change'= {
        }
        &'acctl;password;help;help'= {
        }
        &'acctl;phone'= {
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
            cand change 'Change the phone: a code to the current phone (or email), then one to the new phone'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;phone;change'= {
            cand --via 'Send the first code to the verified email instead of the current phone'
            cand --code 'The first code (to the current phone or email), if you already have it'
            cand --totp 'Two-step code for the re-authentication'
            cand --server 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)'
            cand --profile 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)'
            cand -o 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --output 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --color 'Colour: auto (terminal only; off with NO_COLOR), always or never'
            cand --password-stdin 'Read the password (one line) from stdin, for the re-authentication'
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
        &'acctl;phone;help'= {
            cand change 'Change the phone: a code to the current phone (or email), then one to the new phone'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;phone;help;change'= {
        }
        &'acctl;phone;help;help'= {
        }
        &'acctl;email'= {
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
            cand set 'Set or change the email: a confirmation link goes to the new address'
            cand verify 'Confirm an email with the link from the message (or its token)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;email;set'= {
            cand --totp 'Two-step code for the re-authentication'
            cand --server 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)'
            cand --profile 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)'
            cand -o 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --output 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --color 'Colour: auto (terminal only; off with NO_COLOR), always or never'
            cand --password-stdin 'Read the password (one line) from stdin, for the re-authentication'
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
        &'acctl;email;verify'= {
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
        &'acctl;email;help'= {
            cand set 'Set or change the email: a confirmation link goes to the new address'
            cand verify 'Confirm an email with the link from the message (or its token)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;email;help;set'= {
        }
        &'acctl;email;help;verify'= {
        }
        &'acctl;email;help;help'= {
        }
        &'acctl;2sv'= {
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
            cand status 'Whether it is on, and how many recovery codes are left'
            cand enable 'Turn it on: scan the QR code, type a code, keep the recovery codes'
            cand disable 'Turn it off (asks for a code from the authenticator, and to confirm)'
            cand recovery-codes 'New recovery codes; the old ones stop working (asks for a code from the authenticator)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;2sv;status'= {
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
        &'acctl;2sv;enable'= {
            cand --server 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)'
            cand --profile 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)'
            cand -o 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --output 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --color 'Colour: auto (terminal only; off with NO_COLOR), always or never'
            cand --password-stdin 'Read the password (one line) from stdin, for the re-authentication'
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
        &'acctl;2sv;disable'= {
            cand --totp 'The current code from your authenticator app'
            cand --recovery-code 'An unused recovery code, instead of the authenticator''s code'
            cand --server 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)'
            cand --profile 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)'
            cand -o 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --output 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --color 'Colour: auto (terminal only; off with NO_COLOR), always or never'
            cand --password-stdin 'Read the password (one line) from stdin: needed when the sign-in is older than 10 minutes'
            cand -y 'Do not ask to confirm'
            cand --yes 'Do not ask to confirm'
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
        &'acctl;2sv;recovery-codes'= {
            cand --totp 'The current code from your authenticator app'
            cand --recovery-code 'An unused recovery code, instead of the authenticator''s code'
            cand --server 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)'
            cand --profile 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)'
            cand -o 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --output 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --color 'Colour: auto (terminal only; off with NO_COLOR), always or never'
            cand --password-stdin 'Read the password (one line) from stdin: needed when the sign-in is older than 10 minutes'
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
        &'acctl;2sv;help'= {
            cand status 'Whether it is on, and how many recovery codes are left'
            cand enable 'Turn it on: scan the QR code, type a code, keep the recovery codes'
            cand disable 'Turn it off (asks for a code from the authenticator, and to confirm)'
            cand recovery-codes 'New recovery codes; the old ones stop working (asks for a code from the authenticator)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;2sv;help;status'= {
        }
        &'acctl;2sv;help;enable'= {
        }
        &'acctl;2sv;help;disable'= {
        }
        &'acctl;2sv;help;recovery-codes'= {
        }
        &'acctl;2sv;help;help'= {
        }
        &'acctl;security'= {
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
            cand check 'Checkup: 2SV, verified phone and email, password age, unrecognised devices, failed sign-ins; each finding with the command that fixes it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;security;check'= {
            cand --server 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)'
            cand --profile 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)'
            cand -o 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --output 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --color 'Colour: auto (terminal only; off with NO_COLOR), always or never'
            cand --strict 'Exit 1 when a finding above `info` is found'
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
        &'acctl;security;help'= {
            cand check 'Checkup: 2SV, verified phone and email, password age, unrecognised devices, failed sign-ins; each finding with the command that fixes it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;security;help;check'= {
        }
        &'acctl;security;help;help'= {
        }
        &'acctl;activity'= {
            cand --since 'Only events at or after this time: 30m, 12h, 7d, 2w, 2026-11-01 or RFC 3339'
            cand --until 'Only events before this time (same forms as --since)'
            cand --kind 'Only this kind of event, e.g. sign_in, password_changed, device_signed_out'
            cand --limit 'At most N events (default 20)'
            cand --server 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)'
            cand --profile 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)'
            cand -o 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --output 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --color 'Colour: auto (terminal only; off with NO_COLOR), always or never'
            cand --failed 'Only failures'
            cand --all 'Every matching event (streams with -o ndjson)'
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
            cand report '"This wasn''t me": sign out the event''s device, then change the password'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;activity;report'= {
            cand --totp 'Two-step code for the re-authentication'
            cand --server 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)'
            cand --profile 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)'
            cand -o 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --output 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --color 'Colour: auto (terminal only; off with NO_COLOR), always or never'
            cand --password-stdin 'Read the password (one line) from stdin, for the re-authentication'
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
        &'acctl;activity;help'= {
            cand report '"This wasn''t me": sign out the event''s device, then change the password'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;activity;help;report'= {
        }
        &'acctl;activity;help;help'= {
        }
        &'acctl;devices'= {
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
            cand list 'Every signed-in device (the default)'
            cand sign-out 'Sign devices out; prints what was signed out (name, IP, last seen)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;devices;list'= {
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
        &'acctl;devices;sign-out'= {
            cand --totp 'Two-step code for the re-authentication'
            cand --server 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)'
            cand --profile 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)'
            cand -o 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --output 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --color 'Colour: auto (terminal only; off with NO_COLOR), always or never'
            cand --others 'Every device except this one'
            cand --all 'Every device, this one included (you are signed out here too)'
            cand --password-stdin 'Read the password (one line) from stdin, for the re-authentication'
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
        &'acctl;devices;help'= {
            cand list 'Every signed-in device (the default)'
            cand sign-out 'Sign devices out; prints what was signed out (name, IP, last seen)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;devices;help;list'= {
        }
        &'acctl;devices;help;sign-out'= {
        }
        &'acctl;devices;help;help'= {
        }
        &'acctl;apps'= {
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
            cand list 'Every app this account granted (the default)'
            cand revoke 'End an app''s access: the grant and every token issued under it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;apps;list'= {
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
        &'acctl;apps;revoke'= {
            cand --server 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)'
            cand --profile 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)'
            cand -o 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --output 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --color 'Colour: auto (terminal only; off with NO_COLOR), always or never'
            cand --yes 'Do not ask for confirmation on a terminal'
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
        &'acctl;apps;help'= {
            cand list 'Every app this account granted (the default)'
            cand revoke 'End an app''s access: the grant and every token issued under it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;apps;help;list'= {
        }
        &'acctl;apps;help;revoke'= {
        }
        &'acctl;apps;help;help'= {
        }
        &'acctl;account'= {
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
            cand language 'Show or set the language of the account''s texts and emails'
            cand delete 'Delete the account for good'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;account;language'= {
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
        &'acctl;account;delete'= {
            cand --code 'The code sent for the deletion, if you already have it'
            cand --via 'Where the code goes (default: the phone, else the email)'
            cand --confirm 'The account ID as confirmation, instead of typing it (scripts)'
            cand --totp 'Two-step code for the re-authentication'
            cand --server 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)'
            cand --profile 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)'
            cand -o 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --output 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --color 'Colour: auto (terminal only; off with NO_COLOR), always or never'
            cand --yes 'Do not ask to type the account ID (send it as the confirmation)'
            cand --password-stdin 'Read the password (one line) from stdin, for the re-authentication'
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
        &'acctl;account;help'= {
            cand language 'Show or set the language of the account''s texts and emails'
            cand delete 'Delete the account for good'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;account;help;language'= {
        }
        &'acctl;account;help;delete'= {
        }
        &'acctl;account;help;help'= {
        }
        &'acctl;recover'= {
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
            cand password 'Forgot password: a code to the verified phone or email, then a new password'
            cand id 'Find my ID: the account ID is sent to the phone or email, if it is verified on an account'
            cand ticket 'Open a recovery ticket when codes cannot reach you (support staff review it)'
            cand status 'Where a recovery ticket (T…) or a waiting password reset (flow ID) stands'
            cand cancel 'Cancel a pending password reset of the signed-in account'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;recover;password'= {
            cand --via 'Where the code goes (default: the phone for a phone or ID, the email for an email)'
            cand --ticket 'Finish an approved recovery ticket (its status secret: saved here when you opened it, else --status-secret-stdin, else a prompt)'
            cand --code 'The code, if you already have it'
            cand --totp 'Two-step verification code (or a recovery code), if the account has two-step on'
            cand --server 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)'
            cand --profile 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)'
            cand -o 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --output 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --color 'Colour: auto (terminal only; off with NO_COLOR), always or never'
            cand --status-secret-stdin 'Read the ticket''s status secret (one line) from stdin, before any password'
            cand --password-stdin 'Read the new password (one line) from stdin'
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
        &'acctl;recover;id'= {
            cand --phone 'Phone number in E.164 form'
            cand --email 'Email address'
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
        &'acctl;recover;ticket'= {
            cand --contact-email 'An email you can read now; a code goes there, and so does the decision'
            cand --evidence 'Evidence as JSON (`-` for stdin); without it a terminal asks the questions'
            cand --code 'The code sent to the contact email, if you already have it'
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
        &'acctl;recover;status'= {
            cand --server 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)'
            cand --profile 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)'
            cand -o 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --output 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --color 'Colour: auto (terminal only; off with NO_COLOR), always or never'
            cand --status-secret-stdin 'Read the ticket''s status secret (one line) from stdin'
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
        &'acctl;recover;cancel'= {
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
        &'acctl;recover;help'= {
            cand password 'Forgot password: a code to the verified phone or email, then a new password'
            cand id 'Find my ID: the account ID is sent to the phone or email, if it is verified on an account'
            cand ticket 'Open a recovery ticket when codes cannot reach you (support staff review it)'
            cand status 'Where a recovery ticket (T…) or a waiting password reset (flow ID) stands'
            cand cancel 'Cancel a pending password reset of the signed-in account'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;recover;help;password'= {
        }
        &'acctl;recover;help;id'= {
        }
        &'acctl;recover;help;ticket'= {
        }
        &'acctl;recover;help;status'= {
        }
        &'acctl;recover;help;cancel'= {
        }
        &'acctl;recover;help;help'= {
        }
        &'acctl;support'= {
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
            cand account 'Find accounts and act on them'
            cand ticket 'The recovery ticket queue'
            cand audit 'The audit log of staff actions (append-only)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;support;account'= {
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
            cand search 'Find the account with this ID, phone (+E164) or email'
            cand show 'An account as staff see it (contacts masked)'
            cand lock 'Lock password sign-in and sign every device out (one ID, or many from a file)'
            cand unlock 'Lift a lock (support or too many failed sign-ins)'
            cand sign-out 'Sign every device of an account out (one ID, or many from a file)'
            cand activity 'Sign-in attempts and security events of an account, newest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;support;account;search'= {
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
        &'acctl;support;account;show'= {
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
        &'acctl;support;account;lock'= {
            cand --reason 'Why (kept in the audit log and shown to staff)'
            cand --from-file 'Read account IDs from FILE (`-` for stdin): one per line; blank lines and `#` comments skipped'
            cand --concurrency 'Requests in flight at once with --from-file'
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
        &'acctl;support;account;unlock'= {
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
        &'acctl;support;account;sign-out'= {
            cand --from-file 'Read account IDs from FILE (`-` for stdin): one per line; blank lines and `#` comments skipped'
            cand --concurrency 'Requests in flight at once with --from-file'
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
        &'acctl;support;account;activity'= {
            cand --since 'Only events at or after this time: 30m, 12h, 7d, 2w, 2026-11-01 or RFC 3339'
            cand --until 'Only events before this time (same forms as --since)'
            cand --kind 'Only this kind of event, e.g. sign_in, password_changed, device_signed_out'
            cand --limit 'At most N events (default 20)'
            cand --server 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)'
            cand --profile 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)'
            cand -o 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --output 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --color 'Colour: auto (terminal only; off with NO_COLOR), always or never'
            cand --failed 'Only failures'
            cand --all 'Every matching event (streams with -o ndjson)'
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
        &'acctl;support;account;help'= {
            cand search 'Find the account with this ID, phone (+E164) or email'
            cand show 'An account as staff see it (contacts masked)'
            cand lock 'Lock password sign-in and sign every device out (one ID, or many from a file)'
            cand unlock 'Lift a lock (support or too many failed sign-ins)'
            cand sign-out 'Sign every device of an account out (one ID, or many from a file)'
            cand activity 'Sign-in attempts and security events of an account, newest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;support;account;help;search'= {
        }
        &'acctl;support;account;help;show'= {
        }
        &'acctl;support;account;help;lock'= {
        }
        &'acctl;support;account;help;unlock'= {
        }
        &'acctl;support;account;help;sign-out'= {
        }
        &'acctl;support;account;help;activity'= {
        }
        &'acctl;support;account;help;help'= {
        }
        &'acctl;support;ticket'= {
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
            cand list 'Tickets, newest first, with their evidence score'
            cand show 'One ticket: each evidence item beside whether it matched, and staff notes'
            cand claim 'Take a ticket, so nobody else decides it meanwhile'
            cand approve 'Approve: a code goes to the ticket''s contact email to set a new password'
            cand reject 'Reject: the requester is emailed the reason'
            cand note 'Add a note for other staff (any ticket, claimed or not)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;support;ticket;list'= {
            cand --status 'Only tickets in this state'
            cand --server 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)'
            cand --profile 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)'
            cand -o 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --output 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --color 'Colour: auto (terminal only; off with NO_COLOR), always or never'
            cand --mine 'Only tickets you claimed'
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
        &'acctl;support;ticket;show'= {
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
        &'acctl;support;ticket;claim'= {
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
        &'acctl;support;ticket;approve'= {
            cand --note 'A note for the record'
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
        &'acctl;support;ticket;reject'= {
            cand --reason 'Why (sent to the requester''s contact email)'
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
        &'acctl;support;ticket;note'= {
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
        &'acctl;support;ticket;help'= {
            cand list 'Tickets, newest first, with their evidence score'
            cand show 'One ticket: each evidence item beside whether it matched, and staff notes'
            cand claim 'Take a ticket, so nobody else decides it meanwhile'
            cand approve 'Approve: a code goes to the ticket''s contact email to set a new password'
            cand reject 'Reject: the requester is emailed the reason'
            cand note 'Add a note for other staff (any ticket, claimed or not)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;support;ticket;help;list'= {
        }
        &'acctl;support;ticket;help;show'= {
        }
        &'acctl;support;ticket;help;claim'= {
        }
        &'acctl;support;ticket;help;approve'= {
        }
        &'acctl;support;ticket;help;reject'= {
        }
        &'acctl;support;ticket;help;note'= {
        }
        &'acctl;support;ticket;help;help'= {
        }
        &'acctl;support;audit'= {
            cand --actor 'Only actions by this staff account'
            cand --account 'Only actions on this account'
            cand --since 'Only entries at or after: 30m, 12h, 7d, 2w, 2026-11-01 or RFC 3339'
            cand --limit 'At most N entries (default 200)'
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
        &'acctl;support;help'= {
            cand account 'Find accounts and act on them'
            cand ticket 'The recovery ticket queue'
            cand audit 'The audit log of staff actions (append-only)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;support;help;account'= {
            cand search 'Find the account with this ID, phone (+E164) or email'
            cand show 'An account as staff see it (contacts masked)'
            cand lock 'Lock password sign-in and sign every device out (one ID, or many from a file)'
            cand unlock 'Lift a lock (support or too many failed sign-ins)'
            cand sign-out 'Sign every device of an account out (one ID, or many from a file)'
            cand activity 'Sign-in attempts and security events of an account, newest first'
        }
        &'acctl;support;help;account;search'= {
        }
        &'acctl;support;help;account;show'= {
        }
        &'acctl;support;help;account;lock'= {
        }
        &'acctl;support;help;account;unlock'= {
        }
        &'acctl;support;help;account;sign-out'= {
        }
        &'acctl;support;help;account;activity'= {
        }
        &'acctl;support;help;ticket'= {
            cand list 'Tickets, newest first, with their evidence score'
            cand show 'One ticket: each evidence item beside whether it matched, and staff notes'
            cand claim 'Take a ticket, so nobody else decides it meanwhile'
            cand approve 'Approve: a code goes to the ticket''s contact email to set a new password'
            cand reject 'Reject: the requester is emailed the reason'
            cand note 'Add a note for other staff (any ticket, claimed or not)'
        }
        &'acctl;support;help;ticket;list'= {
        }
        &'acctl;support;help;ticket;show'= {
        }
        &'acctl;support;help;ticket;claim'= {
        }
        &'acctl;support;help;ticket;approve'= {
        }
        &'acctl;support;help;ticket;reject'= {
        }
        &'acctl;support;help;ticket;note'= {
        }
        &'acctl;support;help;audit'= {
        }
        &'acctl;support;help;help'= {
        }
        &'acctl;admin'= {
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
            cand client 'Apps that sign people in with their account (OpenID Connect clients)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;admin;client'= {
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
            cand create 'Register a client; prints its ID and, once, its secret'
            cand list 'Every registered client (static ones included)'
            cand show 'One client'
            cand update 'Change a client''s name, redirect URIs, scopes or signing algorithm'
            cand rotate-secret 'Make a new secret (printed once); the old one stops working at once'
            cand delete 'Delete a client: every grant and token it had ends'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;admin;client;create'= {
            cand --name 'Shown on the consent page (1-80 characters)'
            cand --redirect-uri 'Where acctd may send the browser back (repeat for more)'
            cand --scope 'A scope it may request: openid, profile, email, phone, offline_access (repeat; default: openid profile email phone)'
            cand --post-logout-redirect-uri 'Where acctd may send the browser after signing out (repeat for more)'
            cand --id-token-alg 'ID token signing algorithm: RS256 (default), ES256 or EdDSA'
            cand --server 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)'
            cand --profile 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)'
            cand -o 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --output 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --color 'Colour: auto (terminal only; off with NO_COLOR), always or never'
            cand --public 'No secret; PKCE required'
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
        &'acctl;admin;client;list'= {
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
        &'acctl;admin;client;show'= {
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
        &'acctl;admin;client;update'= {
            cand --name 'A new name'
            cand --redirect-uri 'Replace the redirect URIs (repeat for more)'
            cand --add-redirect-uri 'Add a redirect URI (repeat for more)'
            cand --remove-redirect-uri 'Remove a redirect URI (repeat for more)'
            cand --scope 'Replace the scopes it may request (repeat for more)'
            cand --post-logout-redirect-uri 'Replace the post-logout redirect URIs (repeat for more)'
            cand --id-token-alg 'ID token signing algorithm: RS256, ES256 or EdDSA'
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
        &'acctl;admin;client;rotate-secret'= {
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
        &'acctl;admin;client;delete'= {
            cand --server 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)'
            cand --profile 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)'
            cand -o 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --output 'Output format: table (default), json, or ndjson (lists: one object per line)'
            cand --color 'Colour: auto (terminal only; off with NO_COLOR), always or never'
            cand --yes 'Do not ask for confirmation on a terminal'
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
        &'acctl;admin;client;help'= {
            cand create 'Register a client; prints its ID and, once, its secret'
            cand list 'Every registered client (static ones included)'
            cand show 'One client'
            cand update 'Change a client''s name, redirect URIs, scopes or signing algorithm'
            cand rotate-secret 'Make a new secret (printed once); the old one stops working at once'
            cand delete 'Delete a client: every grant and token it had ends'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;admin;client;help;create'= {
        }
        &'acctl;admin;client;help;list'= {
        }
        &'acctl;admin;client;help;show'= {
        }
        &'acctl;admin;client;help;update'= {
        }
        &'acctl;admin;client;help;rotate-secret'= {
        }
        &'acctl;admin;client;help;delete'= {
        }
        &'acctl;admin;client;help;help'= {
        }
        &'acctl;admin;help'= {
            cand client 'Apps that sign people in with their account (OpenID Connect clients)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'acctl;admin;help;client'= {
            cand create 'Register a client; prints its ID and, once, its secret'
            cand list 'Every registered client (static ones included)'
            cand show 'One client'
            cand update 'Change a client''s name, redirect URIs, scopes or signing algorithm'
            cand rotate-secret 'Make a new secret (printed once); the old one stops working at once'
            cand delete 'Delete a client: every grant and token it had ends'
        }
        &'acctl;admin;help;client;create'= {
        }
        &'acctl;admin;help;client;list'= {
        }
        &'acctl;admin;help;client;show'= {
        }
        &'acctl;admin;help;client;update'= {
        }
        &'acctl;admin;help;client;rotate-secret'= {
        }
        &'acctl;admin;help;client;delete'= {
        }
        &'acctl;admin;help;help'= {
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
        &'acctl;generate-man'= {
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
            cand login 'Sign in (password, --sms, --email-code, or --web in a browser; two-step asks for a TOTP code)'
            cand logout 'Sign this device out and remove the stored tokens'
            cand status 'Every profile and whether the current one is signed in'
            cand whoami 'The signed-in account'
            cand token 'Print a valid access token'
            cand continue 'Carry on a pending multi-step operation'
            cand profile 'Manage saved sign-ins'
            cand flow 'Pending multi-step operations'
            cand limits 'Code and sign-in limits of the account'
            cand doctor 'Check the set-up and say what to fix'
            cand password 'Change the password'
            cand phone 'Change the phone number'
            cand email 'Set and confirm the email address'
            cand 2sv 'Two-step verification (authenticator app)'
            cand security 'Security checkup with the command that fixes each finding'
            cand activity 'Sign-in attempts and security events, newest first'
            cand devices 'Signed-in devices; sign them out'
            cand apps 'Apps you signed in to with this account; revoke their access'
            cand account 'The account itself (language, delete)'
            cand recover 'Get back in: forgotten password or ID, recovery tickets'
            cand support 'Support staff: accounts, the ticket queue, the audit log'
            cand admin 'Administration (role admin): OpenID Connect clients'
            cand completions 'Print shell completions'
            cand generate-man 'Write the man pages (for packagers and the checked-in man/)'
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
            cand list 'Live pending flows of this profile, with what each awaits and when it expires'
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
        &'acctl;help;password'= {
            cand change 'Change the password; every other device is signed out'
        }
        &'acctl;help;password;change'= {
        }
        &'acctl;help;phone'= {
            cand change 'Change the phone: a code to the current phone (or email), then one to the new phone'
        }
        &'acctl;help;phone;change'= {
        }
        &'acctl;help;email'= {
            cand set 'Set or change the email: a confirmation link goes to the new address'
            cand verify 'Confirm an email with the link from the message (or its token)'
        }
        &'acctl;help;email;set'= {
        }
        &'acctl;help;email;verify'= {
        }
        &'acctl;help;2sv'= {
            cand status 'Whether it is on, and how many recovery codes are left'
            cand enable 'Turn it on: scan the QR code, type a code, keep the recovery codes'
            cand disable 'Turn it off (asks for a code from the authenticator, and to confirm)'
            cand recovery-codes 'New recovery codes; the old ones stop working (asks for a code from the authenticator)'
        }
        &'acctl;help;2sv;status'= {
        }
        &'acctl;help;2sv;enable'= {
        }
        &'acctl;help;2sv;disable'= {
        }
        &'acctl;help;2sv;recovery-codes'= {
        }
        &'acctl;help;security'= {
            cand check 'Checkup: 2SV, verified phone and email, password age, unrecognised devices, failed sign-ins; each finding with the command that fixes it'
        }
        &'acctl;help;security;check'= {
        }
        &'acctl;help;activity'= {
            cand report '"This wasn''t me": sign out the event''s device, then change the password'
        }
        &'acctl;help;activity;report'= {
        }
        &'acctl;help;devices'= {
            cand list 'Every signed-in device (the default)'
            cand sign-out 'Sign devices out; prints what was signed out (name, IP, last seen)'
        }
        &'acctl;help;devices;list'= {
        }
        &'acctl;help;devices;sign-out'= {
        }
        &'acctl;help;apps'= {
            cand list 'Every app this account granted (the default)'
            cand revoke 'End an app''s access: the grant and every token issued under it'
        }
        &'acctl;help;apps;list'= {
        }
        &'acctl;help;apps;revoke'= {
        }
        &'acctl;help;account'= {
            cand language 'Show or set the language of the account''s texts and emails'
            cand delete 'Delete the account for good'
        }
        &'acctl;help;account;language'= {
        }
        &'acctl;help;account;delete'= {
        }
        &'acctl;help;recover'= {
            cand password 'Forgot password: a code to the verified phone or email, then a new password'
            cand id 'Find my ID: the account ID is sent to the phone or email, if it is verified on an account'
            cand ticket 'Open a recovery ticket when codes cannot reach you (support staff review it)'
            cand status 'Where a recovery ticket (T…) or a waiting password reset (flow ID) stands'
            cand cancel 'Cancel a pending password reset of the signed-in account'
        }
        &'acctl;help;recover;password'= {
        }
        &'acctl;help;recover;id'= {
        }
        &'acctl;help;recover;ticket'= {
        }
        &'acctl;help;recover;status'= {
        }
        &'acctl;help;recover;cancel'= {
        }
        &'acctl;help;support'= {
            cand account 'Find accounts and act on them'
            cand ticket 'The recovery ticket queue'
            cand audit 'The audit log of staff actions (append-only)'
        }
        &'acctl;help;support;account'= {
            cand search 'Find the account with this ID, phone (+E164) or email'
            cand show 'An account as staff see it (contacts masked)'
            cand lock 'Lock password sign-in and sign every device out (one ID, or many from a file)'
            cand unlock 'Lift a lock (support or too many failed sign-ins)'
            cand sign-out 'Sign every device of an account out (one ID, or many from a file)'
            cand activity 'Sign-in attempts and security events of an account, newest first'
        }
        &'acctl;help;support;account;search'= {
        }
        &'acctl;help;support;account;show'= {
        }
        &'acctl;help;support;account;lock'= {
        }
        &'acctl;help;support;account;unlock'= {
        }
        &'acctl;help;support;account;sign-out'= {
        }
        &'acctl;help;support;account;activity'= {
        }
        &'acctl;help;support;ticket'= {
            cand list 'Tickets, newest first, with their evidence score'
            cand show 'One ticket: each evidence item beside whether it matched, and staff notes'
            cand claim 'Take a ticket, so nobody else decides it meanwhile'
            cand approve 'Approve: a code goes to the ticket''s contact email to set a new password'
            cand reject 'Reject: the requester is emailed the reason'
            cand note 'Add a note for other staff (any ticket, claimed or not)'
        }
        &'acctl;help;support;ticket;list'= {
        }
        &'acctl;help;support;ticket;show'= {
        }
        &'acctl;help;support;ticket;claim'= {
        }
        &'acctl;help;support;ticket;approve'= {
        }
        &'acctl;help;support;ticket;reject'= {
        }
        &'acctl;help;support;ticket;note'= {
        }
        &'acctl;help;support;audit'= {
        }
        &'acctl;help;admin'= {
            cand client 'Apps that sign people in with their account (OpenID Connect clients)'
        }
        &'acctl;help;admin;client'= {
            cand create 'Register a client; prints its ID and, once, its secret'
            cand list 'Every registered client (static ones included)'
            cand show 'One client'
            cand update 'Change a client''s name, redirect URIs, scopes or signing algorithm'
            cand rotate-secret 'Make a new secret (printed once); the old one stops working at once'
            cand delete 'Delete a client: every grant and token it had ends'
        }
        &'acctl;help;admin;client;create'= {
        }
        &'acctl;help;admin;client;list'= {
        }
        &'acctl;help;admin;client;show'= {
        }
        &'acctl;help;admin;client;update'= {
        }
        &'acctl;help;admin;client;rotate-secret'= {
        }
        &'acctl;help;admin;client;delete'= {
        }
        &'acctl;help;completions'= {
        }
        &'acctl;help;generate-man'= {
        }
        &'acctl;help;help'= {
        }
    ]
    $completions[$command]
}
