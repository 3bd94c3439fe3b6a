"""Auto-replies and bounces: headers first, then wording.

Headers: ``Auto-Submitted`` (RFC 3834, anything but ``no``), ``X-Autoreply``,
``X-Autorespond``, ``X-Auto-Response``, ``Precedence: auto_reply``,
Exchange's ``X-MS-Exchange-Inbox-Rules-Loop`` / auto-reply subject prefixes.
A bounce (``multipart/report``, mailer-daemon) is not an out-of-office.
"""

from __future__ import annotations

import re

from workflows.understanding.message import ParsedMessage

_AUTO_SUBJECT = re.compile(
    r"^\s*(?:automatic reply|auto(?:matic)?[ -]?reply|auto[ -]?response|out of (?:the )?office"
    r"|réponse automatique|respuesta automática|respuesta automatica|automatische antwort"
    r"|abwesenheitsnotiz|fuera de la oficina|absence du bureau|risposta automatica"
    r"|fuori (?:sede|ufficio)|resposta automática|resposta automatica|ausência|automatisch antwoord"
    r"|afwezig)\b",
    re.IGNORECASE,
)
_BOUNCE_SENDER = re.compile(r"^(?:mailer-daemon|postmaster|mail-daemon)@", re.IGNORECASE)
_BOUNCE_SUBJECT = re.compile(
    r"\b(?:undeliverable|undelivered mail|delivery status notification|delivery failure"
    r"|mail delivery (?:failed|subsystem)|returned mail|failure notice|non remis"
    r"|unzustellbar|no se puede entregar)\b",
    re.IGNORECASE,
)
# Wording of an absence notice (not "I'm out of time", so each needs context).
OOO_WORDING = re.compile(
    r"\b(?:out of (?:the )?office|ooo\b|on (?:annual |parental |maternity |paternity |sick )?leave"
    # "I'm currently on extended leave": a leave named by its length or kind, no date.
    r"|on (?:an? )?(?:extended|long-term|unpaid|medical|study|personal) leave|on sabbatical"
    r"|away from (?:the office|my desk|email)|on vacation|on holiday"
    # "at CERAWeek this week with spotty access to email": the inbox read now and then.
    r"|(?:limited|spotty|patchy|intermittent|sporadic) access to (?:e-?mail"
    r"|my inbox)"
    # "I'm travelling a lot this month, so I work in UTC": a habit of the month, no absence.
    r"|currently (?:away|travell?ing(?! a lot| so much)|out)|i am away|i'm away|i will be away"
    r"|i'll be away|i(?:'m| am) travell?ing(?! a lot| so much)|will reply on my return"
    r"|when i return"
    r"|no longer with|left the company"
    # "I'm out for spring break through Friday", "out until the 14th and not checking email".
    r"|(?:i['’]m|i am|i['’]ll be|i will be) out (?:for|on) (?:\w+ )?(?:break|vacation|holidays?)"
    r"|(?:i['’]m|i am|i['’]ll be|i will be) out (?:until|till|through|thru)\b"
    r"|(?:i['’]m|i am) not (?:checking|reading|monitoring) (?:my )?e-?mails?"
    r"|absente?s? du bureau|en congés?|en vacances|absente? jusqu|actuellement absente?"
    # "Je suis absente du 23 octobre au 1er novembre inclus, sans accès à mes e-mails", "I'm
    # absent from 3 to 7 May", "estaré ausente del 3 al 7": away by dates, the inbox unread.
    r"|(?:je suis|je serai) absente?s?\b"
    r"|(?:i am|i['’]m|i will be|i['’]ll be) absent (?:from|until|till|through)\b"
    r"|(?:estoy|estaré|estare) ausente (?:del|desde|hasta)\b"
    r"|(?:estou|estarei) ausente (?:de|desde|entre)\b"
    r"|(?:without|with no) access to (?:my )?e-?mails?"
    r"|sans accès (?:à|a) (?:mes |mon |ma )?(?:e-?mails?|courriels?|messagerie|boîte mail)"
    r"|sin acceso a(?:l| mi)? (?:correo|e-?mail)"
    r"|ohne (?:Zugang|Zugriff) (?:zu|auf) (?:meinen? |meine )?(?:E-?Mails?|Mails?|Postfach)"
    r"|senza accesso (?:alla|all['’]|a) ?(?:mia )?(?:posta|e-?mail)"
    r"|sem acesso a(?:o)? (?:meu )?(?:e-?mail|correio)"
    r"|zonder toegang tot (?:mijn )?e-?mail"
    r"|en déplacement|dès mon retour|estoy de viaje|a mi regreso|auf (?:Dienst|Geschäfts)reise"
    r"|fuera de la oficina|de vacaciones|ausente hasta|estaré fuera|estoy fuera"
    r"|nicht im büro|abwesend|im urlaub|außer haus|ausser haus|bin ich nicht erreichbar"
    r"|keinen zugriff auf (?:meine )?e-?mails"
    r"|fuori (?:sede|ufficio)|in ferie|assente (?:fino|dal)|sarò assente|non sono in ufficio"
    r"|fora do escritório|de férias|ausente até|estarei ausente|estou ausente"
    # "Estou em férias e retorno em 4 de maio", "não terei acesso ao e-mail".
    r"|(?:estou|estarei|encontro-me) em férias|não (?:terei|tenho) acesso a(?:o)? (?:meu )?e-?mail"
    r"|afwezig|niet op kantoor|(?:op|met) vakantie|met verlof|beperkt bereikbaar"
    # Leave named by its kind, often one compound word: "met kerstverlof", "im Weihnachtsurlaub",
    # "in Elternzeit", "de licença", "de baja", "in congedo", "en congé maternité".
    r"|met \w+verlof|(?:im|in) \w*urlaub|in elternzeit|en congé|de licença|de permiso|de baja"
    r"|in congedo|in maternità"
    # "Me encuentro de licencia de maternidad", "im Mutterschutz", "licença-maternidade": a
    # leave named without a return date is still an absence.
    r"|(?:estoy|me encuentro|estaré|estare|ando|sigo|voy a estar) de (?:licencia|incapacidad)"
    r"|(?:licencia|baja|incapacidad|permiso) (?:de|por) (?:maternidad|paternidad|enfermedad)"
    r"|licença[- ](?:maternidade|paternidade|médica)|mutterschutz"
    r"|(?:maternity|paternity|parental|medical|sick) leave"
    # "No estaré revisando mi correo", "I won't be checking email": the future says the inbox
    # goes unread for a while ("casi no reviso el correo" is a habit, not an absence).
    r"|(?:won['’]t|will not) be (?:checking|reading|monitoring) (?:my )?e-?mails?"
    r"|no (?:estaré|estare) (?:revisando|leyendo|consultando) (?:mi |el )?correo"
    r"|não estarei (?:verificando|checando|lendo|acessando) (?:meus |o |meu )?e-?mails?"
    r"|je ne (?:consulterai|lirai) pas (?:mes )?(?:e-?mails|courriels|messages)"
    r"|non (?:leggerò|controllerò) (?:la )?(?:posta|e-?mail)"
    r"|(?:werde|kann) (?:ich )?(?:meine )?e-?mails nicht (?:lesen|abrufen|beantworten))",
    re.IGNORECASE,
)

# Said by an automatic answer only (never read in a person's reply, where "I'm at a client
# site today" is no absence): the sender is somewhere the inbox goes unread, named by the
# place or the poor connection and not by a leave ("I'm currently at a client site with very
# patchy connectivity and will reply as soon as I can"). A bare "I'll reply as soon as I
# can" names no absence and stays `other`.
AUTO_AWAY = re.compile(
    r"\b(?:(?:patchy|spotty|limited|poor|intermittent|unreliable|sporadic|little|no)"
    r" (?:(?:mobile|phone|internet|network|wi-?fi) )?(?:connectivity|connection|signal|reception"
    r"|coverage|internet(?: access)?|wi-?fi)"
    r"|(?:i['’]m|i am|i will be|i['’]ll be)(?: currently)?(?: working)?"
    r" (?:at (?:an? |the )?(?:client|customer)(?:['’]s)? (?:site|premises|office)"
    r"|on (?:an? )?(?:client|customer|construction|remote) site"
    r"|on site with (?:an? )?(?:client|customer)"
    r"|(?:at|attending) (?:an? |the )?(?:conference|trade ?show|summit|offsite|off-site|retreat)"
    r"|offshore|in the field))",
    re.IGNORECASE,
)


def is_auto_reply(msg: ParsedMessage) -> bool:
    """The message says, in its headers, that no human wrote it."""
    auto_submitted = msg.header("auto-submitted").strip().lower()
    if auto_submitted and not auto_submitted.startswith("no"):
        return True
    if any(msg.header(h) for h in ("x-autoreply", "x-autorespond", "x-auto-response")):
        return True
    if msg.header("precedence").strip().lower() == "auto_reply":
        return True
    if msg.header("x-ms-exchange-inbox-rules-loop"):
        return True
    return bool(_AUTO_SUBJECT.match(msg.subject))


def is_bounce(msg: ParsedMessage) -> bool:
    """A delivery failure report rather than anything a person said."""
    if msg.content_type == "multipart/report":
        return True
    return bool(_BOUNCE_SENDER.match(msg.sender.email)) or bool(_BOUNCE_SUBJECT.search(msg.subject))
