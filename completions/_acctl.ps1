
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
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in (password, --sms or --email-code; two-step asks for a TOTP code)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Sign this device out and remove the stored tokens')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Every profile and whether the current one is signed in')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'The signed-in account')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print a valid access token')
            [CompletionResult]::new('continue', 'continue', [CompletionResultType]::ParameterValue, 'Carry on a pending multi-step operation')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage saved sign-ins')
            [CompletionResult]::new('flow', 'flow', [CompletionResultType]::ParameterValue, 'Pending multi-step operations')
            [CompletionResult]::new('limits', 'limits', [CompletionResultType]::ParameterValue, 'Code and sign-in limits of the account')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the set-up and say what to fix')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Pending flows of this profile, with what each awaits and when it expires')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Pending flows of this profile, with what each awaits and when it expires')
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
        'acctl;help' {
            [CompletionResult]::new('signup', 'signup', [CompletionResultType]::ParameterValue, 'Create an account and sign in')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in (password, --sms or --email-code; two-step asks for a TOTP code)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Sign this device out and remove the stored tokens')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Every profile and whether the current one is signed in')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'The signed-in account')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print a valid access token')
            [CompletionResult]::new('continue', 'continue', [CompletionResultType]::ParameterValue, 'Carry on a pending multi-step operation')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Manage saved sign-ins')
            [CompletionResult]::new('flow', 'flow', [CompletionResultType]::ParameterValue, 'Pending multi-step operations')
            [CompletionResult]::new('limits', 'limits', [CompletionResultType]::ParameterValue, 'Code and sign-in limits of the account')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the set-up and say what to fix')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Pending flows of this profile, with what each awaits and when it expires')
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
        'acctl;help;completions' {
            break
        }
        'acctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
