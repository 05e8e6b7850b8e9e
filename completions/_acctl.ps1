
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'acctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'acctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'acctl' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('signup', 'signup', [CompletionResultType]::ParameterValue, 'Create an account and sign in')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in (password, --sms, --email-code, or --web in a browser; two-step asks for a TOTP code)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Sign this device out and remove the stored tokens')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Every profile and whether the current one is signed in')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'The signed-in account')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print a valid access token')
            [CompletionResult]::new('continue', 'continue', [CompletionResultType]::ParameterValue, 'Carry on a pending multi-step operation')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage saved sign-ins')
            [CompletionResult]::new('flow', 'flow', [CompletionResultType]::ParameterValue, 'Pending multi-step operations')
            [CompletionResult]::new('limits', 'limits', [CompletionResultType]::ParameterValue, 'Code and sign-in limits of the account')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the set-up and say what to fix')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Change the password')
            [CompletionResult]::new('phone', 'phone', [CompletionResultType]::ParameterValue, 'Change the phone number')
            [CompletionResult]::new('email', 'email', [CompletionResultType]::ParameterValue, 'Set and confirm the email address')
            [CompletionResult]::new('2sv', '2sv', [CompletionResultType]::ParameterValue, 'Two-step verification (authenticator app)')
            [CompletionResult]::new('security', 'security', [CompletionResultType]::ParameterValue, 'Security checkup with the command that fixes each finding')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'Sign-in attempts and security events, newest first')
            [CompletionResult]::new('devices', 'devices', [CompletionResultType]::ParameterValue, 'Signed-in devices; sign them out')
            [CompletionResult]::new('apps', 'apps', [CompletionResultType]::ParameterValue, 'Apps you signed in to with this account; revoke their access')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'The account itself (language, delete)')
            [CompletionResult]::new('recover', 'recover', [CompletionResultType]::ParameterValue, 'Get back in: forgotten password or ID, recovery tickets')
            [CompletionResult]::new('support', 'support', [CompletionResultType]::ParameterValue, 'Support staff: accounts, the ticket queue, the audit log')
            [CompletionResult]::new('admin', 'admin', [CompletionResultType]::ParameterValue, 'Administration (role admin): OpenID Connect clients')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('generate-man', 'generate-man', [CompletionResultType]::ParameterValue, 'Write the man pages (for packagers and the checked-in man/)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;signup' {
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone number in E.164 form, e.g. +8613812345678')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email address')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name')
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'The verification code, if you already have it')
            [CompletionResult]::new('--device-name', '--device-name', [CompletionResultType]::ParameterName, 'Name of this device in the device list (default: the host name)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the new password (one line) from stdin; without it, a terminal asks and scripts create an account that signs in by code')
            [CompletionResult]::new('--insecure-storage', '--insecure-storage', [CompletionResultType]::ParameterName, 'Store tokens in a plain 0600 file instead of the keyring')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;login' {
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'The one-time code, if you already have it')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'Two-step verification code (or a recovery code)')
            [CompletionResult]::new('--device-name', '--device-name', [CompletionResultType]::ParameterName, 'Name of this device in the device list (default: the host name)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--web', '--web', [CompletionResultType]::ParameterName, 'Sign in with a browser: approve a one-time code on the service''s web page')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'With --web: only print the address and the code, do not open a browser')
            [CompletionResult]::new('--sms', '--sms', [CompletionResultType]::ParameterName, 'Sign in with a code sent by text message to the verified phone')
            [CompletionResult]::new('--email-code', '--email-code', [CompletionResultType]::ParameterName, 'Sign in with a code sent to the verified email')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password (one line) from stdin')
            [CompletionResult]::new('--insecure-storage', '--insecure-storage', [CompletionResultType]::ParameterName, 'Store tokens in a plain 0600 file instead of the keyring')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;logout' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--all-profiles', '--all-profiles', [CompletionResultType]::ParameterName, 'Sign out every saved profile')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;status' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;whoami' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;token' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;continue' {
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'The one-time code')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'Two-step verification code (or a recovery code)')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'A phone number the step asks for (+E164)')
            [CompletionResult]::new('--confirm', '--confirm', [CompletionResultType]::ParameterName, 'For a deletion: the account ID, typed as confirmation')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password (one line) from stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;profile' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List saved profiles')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make NAME the profile used when --profile / ACCTL_PROFILE are not given')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Forget a profile and its stored tokens on this machine (use `acctl logout --profile NAME` to also sign the device out on the server)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;profile;list' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;profile;use' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;profile;remove' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;profile;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List saved profiles')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make NAME the profile used when --profile / ACCTL_PROFILE are not given')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Forget a profile and its stored tokens on this machine (use `acctl logout --profile NAME` to also sign the device out on the server)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;profile;help;list' {
            break
        }
        'acctl;profile;help;use' {
            break
        }
        'acctl;profile;help;remove' {
            break
        }
        'acctl;profile;help;help' {
            break
        }
        'acctl;flow' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Live pending flows of this profile, with what each awaits and when it expires')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a pending flow on the server and forget it here')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;flow;list' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;flow;cancel' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;flow;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Live pending flows of this profile, with what each awaits and when it expires')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a pending flow on the server and forget it here')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;flow;help;list' {
            break
        }
        'acctl;flow;help;cancel' {
            break
        }
        'acctl;flow;help;help' {
            break
        }
        'acctl;limits' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;doctor' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;password' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('change', 'change', [CompletionResultType]::ParameterValue, 'Change the password; every other device is signed out')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;password;change' {
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'With two-step verification on: the current code from your authenticator app')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'With two-step verification on: an unused recovery code instead')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--passwords-stdin', '--passwords-stdin', [CompletionResultType]::ParameterName, 'Read the current and the new password from stdin, one per line')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;password;help' {
            [CompletionResult]::new('change', 'change', [CompletionResultType]::ParameterValue, 'Change the password; every other device is signed out')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;password;help;change' {
            break
        }
        'acctl;password;help;help' {
            break
        }
        'acctl;phone' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('change', 'change', [CompletionResultType]::ParameterValue, 'Change the phone: a code to the current phone (or email), then one to the new phone')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;phone;change' {
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Send the first code to the verified email instead of the current phone')
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'The first code (to the current phone or email), if you already have it')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'Two-step code for the re-authentication')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password (one line) from stdin, for the re-authentication')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;phone;help' {
            [CompletionResult]::new('change', 'change', [CompletionResultType]::ParameterValue, 'Change the phone: a code to the current phone (or email), then one to the new phone')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;phone;help;change' {
            break
        }
        'acctl;phone;help;help' {
            break
        }
        'acctl;email' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set or change the email: a confirmation link goes to the new address')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Confirm an email with the link from the message (or its token)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;email;set' {
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'Two-step code for the re-authentication')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password (one line) from stdin, for the re-authentication')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;email;verify' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;email;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set or change the email: a confirmation link goes to the new address')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Confirm an email with the link from the message (or its token)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;email;help;set' {
            break
        }
        'acctl;email;help;verify' {
            break
        }
        'acctl;email;help;help' {
            break
        }
        'acctl;2sv' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether it is on, and how many recovery codes are left')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn it on: scan the QR code, type a code, keep the recovery codes')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn it off (asks for a code from the authenticator, and to confirm)')
            [CompletionResult]::new('recovery-codes', 'recovery-codes', [CompletionResultType]::ParameterValue, 'New recovery codes; the old ones stop working (asks for a code from the authenticator)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;2sv;status' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;2sv;enable' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password (one line) from stdin, for the re-authentication')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;2sv;disable' {
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'The current code from your authenticator app')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'An unused recovery code, instead of the authenticator''s code')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password (one line) from stdin: needed when the sign-in is older than 10 minutes')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask to confirm')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask to confirm')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;2sv;recovery-codes' {
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'The current code from your authenticator app')
            [CompletionResult]::new('--recovery-code', '--recovery-code', [CompletionResultType]::ParameterName, 'An unused recovery code, instead of the authenticator''s code')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password (one line) from stdin: needed when the sign-in is older than 10 minutes')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;2sv;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether it is on, and how many recovery codes are left')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn it on: scan the QR code, type a code, keep the recovery codes')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn it off (asks for a code from the authenticator, and to confirm)')
            [CompletionResult]::new('recovery-codes', 'recovery-codes', [CompletionResultType]::ParameterValue, 'New recovery codes; the old ones stop working (asks for a code from the authenticator)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;2sv;help;status' {
            break
        }
        'acctl;2sv;help;enable' {
            break
        }
        'acctl;2sv;help;disable' {
            break
        }
        'acctl;2sv;help;recovery-codes' {
            break
        }
        'acctl;2sv;help;help' {
            break
        }
        'acctl;security' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Checkup: 2SV, verified phone and email, password age, unrecognised devices, failed sign-ins; each finding with the command that fixes it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;security;check' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Exit 1 when a finding above `info` is found')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;security;help' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Checkup: 2SV, verified phone and email, password age, unrecognised devices, failed sign-ins; each finding with the command that fixes it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;security;help;check' {
            break
        }
        'acctl;security;help;help' {
            break
        }
        'acctl;activity' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only events at or after this time: 30m, 12h, 7d, 2w, 2026-11-01 or RFC 3339')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only events before this time (same forms as --since)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only this kind of event, e.g. sign_in, password_changed, device_signed_out')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N events (default 20)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--failed', '--failed', [CompletionResultType]::ParameterName, 'Only failures')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every matching event (streams with -o ndjson)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, '"This wasn''t me": sign out the event''s device, then change the password')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;activity;report' {
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'Two-step code for the re-authentication')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password (one line) from stdin, for the re-authentication')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;activity;help' {
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, '"This wasn''t me": sign out the event''s device, then change the password')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;activity;help;report' {
            break
        }
        'acctl;activity;help;help' {
            break
        }
        'acctl;devices' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every signed-in device (the default)')
            [CompletionResult]::new('sign-out', 'sign-out', [CompletionResultType]::ParameterValue, 'Sign devices out; prints what was signed out (name, IP, last seen)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;devices;list' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;devices;sign-out' {
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'Two-step code for the re-authentication')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--others', '--others', [CompletionResultType]::ParameterName, 'Every device except this one')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every device, this one included (you are signed out here too)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password (one line) from stdin, for the re-authentication')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;devices;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every signed-in device (the default)')
            [CompletionResult]::new('sign-out', 'sign-out', [CompletionResultType]::ParameterValue, 'Sign devices out; prints what was signed out (name, IP, last seen)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;devices;help;list' {
            break
        }
        'acctl;devices;help;sign-out' {
            break
        }
        'acctl;devices;help;help' {
            break
        }
        'acctl;apps' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every app this account granted (the default)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'End an app''s access: the grant and every token issued under it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;apps;list' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;apps;revoke' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation on a terminal')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;apps;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every app this account granted (the default)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'End an app''s access: the grant and every token issued under it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;apps;help;list' {
            break
        }
        'acctl;apps;help;revoke' {
            break
        }
        'acctl;apps;help;help' {
            break
        }
        'acctl;account' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('language', 'language', [CompletionResultType]::ParameterValue, 'Show or set the language of the account''s texts and emails')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the account for good')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;account;language' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;account;delete' {
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'The code sent for the deletion, if you already have it')
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where the code goes (default: the phone, else the email)')
            [CompletionResult]::new('--confirm', '--confirm', [CompletionResultType]::ParameterName, 'The account ID as confirmation, instead of typing it (scripts)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'Two-step code for the re-authentication')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask to type the account ID (send it as the confirmation)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password (one line) from stdin, for the re-authentication')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;account;help' {
            [CompletionResult]::new('language', 'language', [CompletionResultType]::ParameterValue, 'Show or set the language of the account''s texts and emails')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the account for good')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;account;help;language' {
            break
        }
        'acctl;account;help;delete' {
            break
        }
        'acctl;account;help;help' {
            break
        }
        'acctl;recover' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Forgot password: a code to the verified phone or email, then a new password')
            [CompletionResult]::new('id', 'id', [CompletionResultType]::ParameterValue, 'Find my ID: the account ID is sent to the phone or email, if it is verified on an account')
            [CompletionResult]::new('ticket', 'ticket', [CompletionResultType]::ParameterValue, 'Open a recovery ticket when codes cannot reach you (support staff review it)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Where a recovery ticket (T…) or a waiting password reset (flow ID) stands')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a pending password reset of the signed-in account')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;recover;password' {
            [CompletionResult]::new('--via', '--via', [CompletionResultType]::ParameterName, 'Where the code goes (default: the phone for a phone or ID, the email for an email)')
            [CompletionResult]::new('--ticket', '--ticket', [CompletionResultType]::ParameterName, 'Finish an approved recovery ticket (its status secret: saved here when you opened it, else --status-secret-stdin, else a prompt)')
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'The code, if you already have it')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'Two-step verification code (or a recovery code), if the account has two-step on')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--status-secret-stdin', '--status-secret-stdin', [CompletionResultType]::ParameterName, 'Read the ticket''s status secret (one line) from stdin, before any password')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the new password (one line) from stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;recover;id' {
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone number in E.164 form')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email address')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;recover;ticket' {
            [CompletionResult]::new('--contact-email', '--contact-email', [CompletionResultType]::ParameterName, 'An email you can read now; a code goes there, and so does the decision')
            [CompletionResult]::new('--evidence', '--evidence', [CompletionResultType]::ParameterName, 'Evidence as JSON (`-` for stdin); without it a terminal asks the questions')
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'The code sent to the contact email, if you already have it')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;recover;status' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--status-secret-stdin', '--status-secret-stdin', [CompletionResultType]::ParameterName, 'Read the ticket''s status secret (one line) from stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;recover;cancel' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;recover;help' {
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Forgot password: a code to the verified phone or email, then a new password')
            [CompletionResult]::new('id', 'id', [CompletionResultType]::ParameterValue, 'Find my ID: the account ID is sent to the phone or email, if it is verified on an account')
            [CompletionResult]::new('ticket', 'ticket', [CompletionResultType]::ParameterValue, 'Open a recovery ticket when codes cannot reach you (support staff review it)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Where a recovery ticket (T…) or a waiting password reset (flow ID) stands')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a pending password reset of the signed-in account')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;recover;help;password' {
            break
        }
        'acctl;recover;help;id' {
            break
        }
        'acctl;recover;help;ticket' {
            break
        }
        'acctl;recover;help;status' {
            break
        }
        'acctl;recover;help;cancel' {
            break
        }
        'acctl;recover;help;help' {
            break
        }
        'acctl;support' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Find accounts and act on them')
            [CompletionResult]::new('ticket', 'ticket', [CompletionResultType]::ParameterValue, 'The recovery ticket queue')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit log of staff actions (append-only)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;support;account' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Find the account with this ID, phone (+E164) or email')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'An account as staff see it (contacts masked)')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Lock password sign-in and sign every device out (one ID, or many from a file)')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Lift a lock (support or too many failed sign-ins)')
            [CompletionResult]::new('sign-out', 'sign-out', [CompletionResultType]::ParameterValue, 'Sign every device of an account out (one ID, or many from a file)')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'Sign-in attempts and security events of an account, newest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;support;account;search' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;support;account;show' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;support;account;lock' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (kept in the audit log and shown to staff)')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read account IDs from FILE (`-` for stdin): one per line; blank lines and `#` comments skipped')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once with --from-file')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;support;account;unlock' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;support;account;sign-out' {
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read account IDs from FILE (`-` for stdin): one per line; blank lines and `#` comments skipped')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Requests in flight at once with --from-file')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;support;account;activity' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only events at or after this time: 30m, 12h, 7d, 2w, 2026-11-01 or RFC 3339')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only events before this time (same forms as --since)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only this kind of event, e.g. sign_in, password_changed, device_signed_out')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N events (default 20)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--failed', '--failed', [CompletionResultType]::ParameterName, 'Only failures')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every matching event (streams with -o ndjson)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;support;account;help' {
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Find the account with this ID, phone (+E164) or email')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'An account as staff see it (contacts masked)')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Lock password sign-in and sign every device out (one ID, or many from a file)')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Lift a lock (support or too many failed sign-ins)')
            [CompletionResult]::new('sign-out', 'sign-out', [CompletionResultType]::ParameterValue, 'Sign every device of an account out (one ID, or many from a file)')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'Sign-in attempts and security events of an account, newest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;support;account;help;search' {
            break
        }
        'acctl;support;account;help;show' {
            break
        }
        'acctl;support;account;help;lock' {
            break
        }
        'acctl;support;account;help;unlock' {
            break
        }
        'acctl;support;account;help;sign-out' {
            break
        }
        'acctl;support;account;help;activity' {
            break
        }
        'acctl;support;account;help;help' {
            break
        }
        'acctl;support;ticket' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Tickets, newest first, with their evidence score')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One ticket: each evidence item beside whether it matched, and staff notes')
            [CompletionResult]::new('claim', 'claim', [CompletionResultType]::ParameterValue, 'Take a ticket, so nobody else decides it meanwhile')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve: a code goes to the ticket''s contact email to set a new password')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Reject: the requester is emailed the reason')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Add a note for other staff (any ticket, claimed or not)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;support;ticket;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only tickets in this state')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--mine', '--mine', [CompletionResultType]::ParameterName, 'Only tickets you claimed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;support;ticket;show' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;support;ticket;claim' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;support;ticket;approve' {
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note for the record')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;support;ticket;reject' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (sent to the requester''s contact email)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;support;ticket;note' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;support;ticket;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Tickets, newest first, with their evidence score')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One ticket: each evidence item beside whether it matched, and staff notes')
            [CompletionResult]::new('claim', 'claim', [CompletionResultType]::ParameterValue, 'Take a ticket, so nobody else decides it meanwhile')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve: a code goes to the ticket''s contact email to set a new password')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Reject: the requester is emailed the reason')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Add a note for other staff (any ticket, claimed or not)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;support;ticket;help;list' {
            break
        }
        'acctl;support;ticket;help;show' {
            break
        }
        'acctl;support;ticket;help;claim' {
            break
        }
        'acctl;support;ticket;help;approve' {
            break
        }
        'acctl;support;ticket;help;reject' {
            break
        }
        'acctl;support;ticket;help;note' {
            break
        }
        'acctl;support;ticket;help;help' {
            break
        }
        'acctl;support;audit' {
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Only actions by this staff account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Only actions on this account')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only entries at or after: 30m, 12h, 7d, 2w, 2026-11-01 or RFC 3339')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N entries (default 200)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;support;help' {
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Find accounts and act on them')
            [CompletionResult]::new('ticket', 'ticket', [CompletionResultType]::ParameterValue, 'The recovery ticket queue')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit log of staff actions (append-only)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;support;help;account' {
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Find the account with this ID, phone (+E164) or email')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'An account as staff see it (contacts masked)')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Lock password sign-in and sign every device out (one ID, or many from a file)')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Lift a lock (support or too many failed sign-ins)')
            [CompletionResult]::new('sign-out', 'sign-out', [CompletionResultType]::ParameterValue, 'Sign every device of an account out (one ID, or many from a file)')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'Sign-in attempts and security events of an account, newest first')
            break
        }
        'acctl;support;help;account;search' {
            break
        }
        'acctl;support;help;account;show' {
            break
        }
        'acctl;support;help;account;lock' {
            break
        }
        'acctl;support;help;account;unlock' {
            break
        }
        'acctl;support;help;account;sign-out' {
            break
        }
        'acctl;support;help;account;activity' {
            break
        }
        'acctl;support;help;ticket' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Tickets, newest first, with their evidence score')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One ticket: each evidence item beside whether it matched, and staff notes')
            [CompletionResult]::new('claim', 'claim', [CompletionResultType]::ParameterValue, 'Take a ticket, so nobody else decides it meanwhile')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve: a code goes to the ticket''s contact email to set a new password')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Reject: the requester is emailed the reason')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Add a note for other staff (any ticket, claimed or not)')
            break
        }
        'acctl;support;help;ticket;list' {
            break
        }
        'acctl;support;help;ticket;show' {
            break
        }
        'acctl;support;help;ticket;claim' {
            break
        }
        'acctl;support;help;ticket;approve' {
            break
        }
        'acctl;support;help;ticket;reject' {
            break
        }
        'acctl;support;help;ticket;note' {
            break
        }
        'acctl;support;help;audit' {
            break
        }
        'acctl;support;help;help' {
            break
        }
        'acctl;admin' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('client', 'client', [CompletionResultType]::ParameterValue, 'Apps that sign people in with their account (OpenID Connect clients)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;admin;client' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Register a client; prints its ID and, once, its secret')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every registered client (static ones included)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One client')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a client''s name, redirect URIs, scopes or signing algorithm')
            [CompletionResult]::new('rotate-secret', 'rotate-secret', [CompletionResultType]::ParameterValue, 'Make a new secret (printed once); the old one stops working at once')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a client: every grant and token it had ends')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;admin;client;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Shown on the consent page (1-80 characters)')
            [CompletionResult]::new('--redirect-uri', '--redirect-uri', [CompletionResultType]::ParameterName, 'Where acctd may send the browser back (repeat for more)')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'A scope it may request: openid, profile, email, phone, offline_access (repeat; default: openid profile email phone)')
            [CompletionResult]::new('--post-logout-redirect-uri', '--post-logout-redirect-uri', [CompletionResultType]::ParameterName, 'Where acctd may send the browser after signing out (repeat for more)')
            [CompletionResult]::new('--id-token-alg', '--id-token-alg', [CompletionResultType]::ParameterName, 'ID token signing algorithm: RS256 (default), ES256 or EdDSA')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--public', '--public', [CompletionResultType]::ParameterName, 'No secret; PKCE required')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;admin;client;list' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;admin;client;show' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;admin;client;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A new name')
            [CompletionResult]::new('--redirect-uri', '--redirect-uri', [CompletionResultType]::ParameterName, 'Replace the redirect URIs (repeat for more)')
            [CompletionResult]::new('--add-redirect-uri', '--add-redirect-uri', [CompletionResultType]::ParameterName, 'Add a redirect URI (repeat for more)')
            [CompletionResult]::new('--remove-redirect-uri', '--remove-redirect-uri', [CompletionResultType]::ParameterName, 'Remove a redirect URI (repeat for more)')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Replace the scopes it may request (repeat for more)')
            [CompletionResult]::new('--post-logout-redirect-uri', '--post-logout-redirect-uri', [CompletionResultType]::ParameterName, 'Replace the post-logout redirect URIs (repeat for more)')
            [CompletionResult]::new('--id-token-alg', '--id-token-alg', [CompletionResultType]::ParameterName, 'ID token signing algorithm: RS256, ES256 or EdDSA')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;admin;client;rotate-secret' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;admin;client;delete' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation on a terminal')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;admin;client;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Register a client; prints its ID and, once, its secret')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every registered client (static ones included)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One client')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a client''s name, redirect URIs, scopes or signing algorithm')
            [CompletionResult]::new('rotate-secret', 'rotate-secret', [CompletionResultType]::ParameterValue, 'Make a new secret (printed once); the old one stops working at once')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a client: every grant and token it had ends')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;admin;client;help;create' {
            break
        }
        'acctl;admin;client;help;list' {
            break
        }
        'acctl;admin;client;help;show' {
            break
        }
        'acctl;admin;client;help;update' {
            break
        }
        'acctl;admin;client;help;rotate-secret' {
            break
        }
        'acctl;admin;client;help;delete' {
            break
        }
        'acctl;admin;client;help;help' {
            break
        }
        'acctl;admin;help' {
            [CompletionResult]::new('client', 'client', [CompletionResultType]::ParameterValue, 'Apps that sign people in with their account (OpenID Connect clients)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;admin;help;client' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Register a client; prints its ID and, once, its secret')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every registered client (static ones included)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One client')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a client''s name, redirect URIs, scopes or signing algorithm')
            [CompletionResult]::new('rotate-secret', 'rotate-secret', [CompletionResultType]::ParameterValue, 'Make a new secret (printed once); the old one stops working at once')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a client: every grant and token it had ends')
            break
        }
        'acctl;admin;help;client;create' {
            break
        }
        'acctl;admin;help;client;list' {
            break
        }
        'acctl;admin;help;client;show' {
            break
        }
        'acctl;admin;help;client;update' {
            break
        }
        'acctl;admin;help;client;rotate-secret' {
            break
        }
        'acctl;admin;help;client;delete' {
            break
        }
        'acctl;admin;help;help' {
            break
        }
        'acctl;completions' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;generate-man' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Service base URL [env: ACCTL_SERVER] (default: the profile''s, else http://127.0.0.1:8720)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Saved sign-in to use [env: ACCTL_PROFILE] (default: `default`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table (default), json, or ndjson (lists: one object per line)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (terminal only; off with NO_COLOR), always or never')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Machine output: the same as -o json')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt [env: ACCTL_NO_INPUT=1]; implied when stdin is not a terminal')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less output on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'HTTP trace on stderr (never secrets)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http:// to a server that is not on loopback (credentials travel unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'acctl;help' {
            [CompletionResult]::new('signup', 'signup', [CompletionResultType]::ParameterValue, 'Create an account and sign in')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in (password, --sms, --email-code, or --web in a browser; two-step asks for a TOTP code)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Sign this device out and remove the stored tokens')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Every profile and whether the current one is signed in')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'The signed-in account')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print a valid access token')
            [CompletionResult]::new('continue', 'continue', [CompletionResultType]::ParameterValue, 'Carry on a pending multi-step operation')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage saved sign-ins')
            [CompletionResult]::new('flow', 'flow', [CompletionResultType]::ParameterValue, 'Pending multi-step operations')
            [CompletionResult]::new('limits', 'limits', [CompletionResultType]::ParameterValue, 'Code and sign-in limits of the account')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the set-up and say what to fix')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Change the password')
            [CompletionResult]::new('phone', 'phone', [CompletionResultType]::ParameterValue, 'Change the phone number')
            [CompletionResult]::new('email', 'email', [CompletionResultType]::ParameterValue, 'Set and confirm the email address')
            [CompletionResult]::new('2sv', '2sv', [CompletionResultType]::ParameterValue, 'Two-step verification (authenticator app)')
            [CompletionResult]::new('security', 'security', [CompletionResultType]::ParameterValue, 'Security checkup with the command that fixes each finding')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'Sign-in attempts and security events, newest first')
            [CompletionResult]::new('devices', 'devices', [CompletionResultType]::ParameterValue, 'Signed-in devices; sign them out')
            [CompletionResult]::new('apps', 'apps', [CompletionResultType]::ParameterValue, 'Apps you signed in to with this account; revoke their access')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'The account itself (language, delete)')
            [CompletionResult]::new('recover', 'recover', [CompletionResultType]::ParameterValue, 'Get back in: forgotten password or ID, recovery tickets')
            [CompletionResult]::new('support', 'support', [CompletionResultType]::ParameterValue, 'Support staff: accounts, the ticket queue, the audit log')
            [CompletionResult]::new('admin', 'admin', [CompletionResultType]::ParameterValue, 'Administration (role admin): OpenID Connect clients')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('generate-man', 'generate-man', [CompletionResultType]::ParameterValue, 'Write the man pages (for packagers and the checked-in man/)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'acctl;help;signup' {
            break
        }
        'acctl;help;login' {
            break
        }
        'acctl;help;logout' {
            break
        }
        'acctl;help;status' {
            break
        }
        'acctl;help;whoami' {
            break
        }
        'acctl;help;token' {
            break
        }
        'acctl;help;continue' {
            break
        }
        'acctl;help;profile' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List saved profiles')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make NAME the profile used when --profile / ACCTL_PROFILE are not given')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Forget a profile and its stored tokens on this machine (use `acctl logout --profile NAME` to also sign the device out on the server)')
            break
        }
        'acctl;help;profile;list' {
            break
        }
        'acctl;help;profile;use' {
            break
        }
        'acctl;help;profile;remove' {
            break
        }
        'acctl;help;flow' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Live pending flows of this profile, with what each awaits and when it expires')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a pending flow on the server and forget it here')
            break
        }
        'acctl;help;flow;list' {
            break
        }
        'acctl;help;flow;cancel' {
            break
        }
        'acctl;help;limits' {
            break
        }
        'acctl;help;doctor' {
            break
        }
        'acctl;help;password' {
            [CompletionResult]::new('change', 'change', [CompletionResultType]::ParameterValue, 'Change the password; every other device is signed out')
            break
        }
        'acctl;help;password;change' {
            break
        }
        'acctl;help;phone' {
            [CompletionResult]::new('change', 'change', [CompletionResultType]::ParameterValue, 'Change the phone: a code to the current phone (or email), then one to the new phone')
            break
        }
        'acctl;help;phone;change' {
            break
        }
        'acctl;help;email' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set or change the email: a confirmation link goes to the new address')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Confirm an email with the link from the message (or its token)')
            break
        }
        'acctl;help;email;set' {
            break
        }
        'acctl;help;email;verify' {
            break
        }
        'acctl;help;2sv' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether it is on, and how many recovery codes are left')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn it on: scan the QR code, type a code, keep the recovery codes')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn it off (asks for a code from the authenticator, and to confirm)')
            [CompletionResult]::new('recovery-codes', 'recovery-codes', [CompletionResultType]::ParameterValue, 'New recovery codes; the old ones stop working (asks for a code from the authenticator)')
            break
        }
        'acctl;help;2sv;status' {
            break
        }
        'acctl;help;2sv;enable' {
            break
        }
        'acctl;help;2sv;disable' {
            break
        }
        'acctl;help;2sv;recovery-codes' {
            break
        }
        'acctl;help;security' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Checkup: 2SV, verified phone and email, password age, unrecognised devices, failed sign-ins; each finding with the command that fixes it')
            break
        }
        'acctl;help;security;check' {
            break
        }
        'acctl;help;activity' {
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, '"This wasn''t me": sign out the event''s device, then change the password')
            break
        }
        'acctl;help;activity;report' {
            break
        }
        'acctl;help;devices' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every signed-in device (the default)')
            [CompletionResult]::new('sign-out', 'sign-out', [CompletionResultType]::ParameterValue, 'Sign devices out; prints what was signed out (name, IP, last seen)')
            break
        }
        'acctl;help;devices;list' {
            break
        }
        'acctl;help;devices;sign-out' {
            break
        }
        'acctl;help;apps' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every app this account granted (the default)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'End an app''s access: the grant and every token issued under it')
            break
        }
        'acctl;help;apps;list' {
            break
        }
        'acctl;help;apps;revoke' {
            break
        }
        'acctl;help;account' {
            [CompletionResult]::new('language', 'language', [CompletionResultType]::ParameterValue, 'Show or set the language of the account''s texts and emails')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the account for good')
            break
        }
        'acctl;help;account;language' {
            break
        }
        'acctl;help;account;delete' {
            break
        }
        'acctl;help;recover' {
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Forgot password: a code to the verified phone or email, then a new password')
            [CompletionResult]::new('id', 'id', [CompletionResultType]::ParameterValue, 'Find my ID: the account ID is sent to the phone or email, if it is verified on an account')
            [CompletionResult]::new('ticket', 'ticket', [CompletionResultType]::ParameterValue, 'Open a recovery ticket when codes cannot reach you (support staff review it)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Where a recovery ticket (T…) or a waiting password reset (flow ID) stands')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a pending password reset of the signed-in account')
            break
        }
        'acctl;help;recover;password' {
            break
        }
        'acctl;help;recover;id' {
            break
        }
        'acctl;help;recover;ticket' {
            break
        }
        'acctl;help;recover;status' {
            break
        }
        'acctl;help;recover;cancel' {
            break
        }
        'acctl;help;support' {
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Find accounts and act on them')
            [CompletionResult]::new('ticket', 'ticket', [CompletionResultType]::ParameterValue, 'The recovery ticket queue')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit log of staff actions (append-only)')
            break
        }
        'acctl;help;support;account' {
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Find the account with this ID, phone (+E164) or email')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'An account as staff see it (contacts masked)')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Lock password sign-in and sign every device out (one ID, or many from a file)')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Lift a lock (support or too many failed sign-ins)')
            [CompletionResult]::new('sign-out', 'sign-out', [CompletionResultType]::ParameterValue, 'Sign every device of an account out (one ID, or many from a file)')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'Sign-in attempts and security events of an account, newest first')
            break
        }
        'acctl;help;support;account;search' {
            break
        }
        'acctl;help;support;account;show' {
            break
        }
        'acctl;help;support;account;lock' {
            break
        }
        'acctl;help;support;account;unlock' {
            break
        }
        'acctl;help;support;account;sign-out' {
            break
        }
        'acctl;help;support;account;activity' {
            break
        }
        'acctl;help;support;ticket' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Tickets, newest first, with their evidence score')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One ticket: each evidence item beside whether it matched, and staff notes')
            [CompletionResult]::new('claim', 'claim', [CompletionResultType]::ParameterValue, 'Take a ticket, so nobody else decides it meanwhile')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve: a code goes to the ticket''s contact email to set a new password')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Reject: the requester is emailed the reason')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Add a note for other staff (any ticket, claimed or not)')
            break
        }
        'acctl;help;support;ticket;list' {
            break
        }
        'acctl;help;support;ticket;show' {
            break
        }
        'acctl;help;support;ticket;claim' {
            break
        }
        'acctl;help;support;ticket;approve' {
            break
        }
        'acctl;help;support;ticket;reject' {
            break
        }
        'acctl;help;support;ticket;note' {
            break
        }
        'acctl;help;support;audit' {
            break
        }
        'acctl;help;admin' {
            [CompletionResult]::new('client', 'client', [CompletionResultType]::ParameterValue, 'Apps that sign people in with their account (OpenID Connect clients)')
            break
        }
        'acctl;help;admin;client' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Register a client; prints its ID and, once, its secret')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every registered client (static ones included)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One client')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a client''s name, redirect URIs, scopes or signing algorithm')
            [CompletionResult]::new('rotate-secret', 'rotate-secret', [CompletionResultType]::ParameterValue, 'Make a new secret (printed once); the old one stops working at once')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a client: every grant and token it had ends')
            break
        }
        'acctl;help;admin;client;create' {
            break
        }
        'acctl;help;admin;client;list' {
            break
        }
        'acctl;help;admin;client;show' {
            break
        }
        'acctl;help;admin;client;update' {
            break
        }
        'acctl;help;admin;client;rotate-secret' {
            break
        }
        'acctl;help;admin;client;delete' {
            break
        }
        'acctl;help;completions' {
            break
        }
        'acctl;help;generate-man' {
            break
        }
        'acctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
