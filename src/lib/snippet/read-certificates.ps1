# pchat-certs snippet: prints the certificates of every Front End Server and Persistent Chat
# Server as one bundle for the certificate checker (Lync Server 2013, Skype for Business Server
# 2015). Read-only: it changes nothing, never touches a private key and writes no file.
# Paste it into the Management Shell; to save the bundle, add  > certificates.txt  after the
# last closing brace.
& {
    param(
        # Only these pools (FQDNs), for example @('pool01.contoso.com'); empty: every pool.
        [string[]]$Pool = @()
    )

    function ConvertTo-Pem {
        param([string]$Label, [string]$Text)
        $Label
        '-----BEGIN CERTIFICATE-----'
        for ($i = 0; $i -lt $Text.Length; $i += 64) {
            $Text.Substring($i, [Math]::Min(64, $Text.Length - $i))
        }
        '-----END CERTIFICATE-----'
    }

    # Runs on each server: Get-CsCertificate reads only the computer it runs on.
    $readCertificates = {
        param([string]$Role, [bool]$WithIssuer)
        $ErrorActionPreference = 'Stop'
        foreach ($module in 'SkypeForBusiness', 'Lync') {
            if (Get-Module -ListAvailable -Name $module) {
                Import-Module -Name $module
                break
            }
        }
        if ($Role -eq 'FrontEnd') {
            $assigned = Get-CsCertificate -Type 'Default', 'WebServicesInternal'
        } else {
            $assigned = Get-CsCertificate
        }
        foreach ($group in @($assigned | Group-Object -Property Thumbprint)) {
            $certificate = Get-Item -Path ('Cert:\LocalMachine\My\' + $group.Name)
            $uses = @($group.Group | ForEach-Object { [string]$_.Use })
            $issuer = ''
            if ($WithIssuer -and ($uses -contains 'Default')) {
                $chain = [System.Security.Cryptography.X509Certificates.X509Chain]::Create()
                $chain.ChainPolicy.RevocationMode = 'NoCheck'
                [void]$chain.Build($certificate)
                if ($chain.ChainElements.Count -gt 1) {
                    $issuer = [Convert]::ToBase64String($chain.ChainElements[1].Certificate.RawData)
                }
            }
            [pscustomobject]@{
                Uses        = $uses -join ' '
                Certificate = [Convert]::ToBase64String($certificate.RawData)
                Issuer      = $issuer
            }
        }
    }

    $servers = foreach ($candidate in @(Get-CsPool)) {
        $identity = [string]$candidate.Identity
        if ($Pool.Count -gt 0 -and $Pool -notcontains $identity) { continue }
        $services = @($candidate.Services | ForEach-Object { [string]$_ })
        $role = ''
        if (($services -like 'Registrar:*') -and ($services -like 'UserServer:*')) {
            $role = 'FrontEnd'
        } elseif ($services -like 'PersistentChatServer:*') {
            $role = 'PersistentChat'
        }
        if ($role -eq '') { continue }
        foreach ($computer in $candidate.Computers) {
            [pscustomobject]@{ Fqdn = [string]$computer; Role = $role }
        }
    }
    if (@($servers).Count -eq 0) {
        Write-Warning 'No Front End pool and no Persistent Chat pool found.'
        return
    }

    $needReference = $true
    foreach ($server in $servers) {
        $withIssuer = $needReference -and $server.Role -eq 'FrontEnd'
        try {
            $remote = @{
                ComputerName = $server.Fqdn
                ScriptBlock  = $readCertificates
                ArgumentList = $server.Role, $withIssuer
                ErrorAction  = 'Stop'
            }
            $found = @(Invoke-Command @remote)
        } catch {
            Write-Warning ('{0}: its certificates could not be read ({1})' -f $server.Fqdn, $_.Exception.Message)
            continue
        }
        if ($found.Count -eq 0) {
            Write-Warning ('{0}: no certificate is assigned to it' -f $server.Fqdn)
        }
        foreach ($item in $found) {
            ConvertTo-Pem -Label ('# {0} {1} {2}' -f $server.Fqdn, $server.Role, $item.Uses) -Text $item.Certificate
            if ($needReference -and $item.Issuer -ne '') {
                ConvertTo-Pem -Label '# reference' -Text $item.Issuer
                $needReference = $false
            }
        }
    }
    if ($needReference) {
        Write-Warning 'No reference: the CA that issued a Front End Server''s Default certificate was not found. Give the checker that CA''s certificate instead.'
    }
}
