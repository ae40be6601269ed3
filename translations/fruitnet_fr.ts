<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Canvas</name>
    <message>
        <source>{name}: target {value}</source>
        <extracomment>The layer titles shrink to this size before the short titles are used.</extracomment>
        <translation>{name} : cible {value}</translation>
    </message>
    <message>
        <source> ({rows}×{cols} pixels)</source>
        <translation> ({rows}×{cols} pixels)</translation>
    </message>
    <message>
        <source>the picture could not be made</source>
        <translation>l&apos;image n&apos;a pas pu être créée</translation>
    </message>
    <message>
        <source>the picture could not be written</source>
        <translation>l&apos;image n&apos;a pas pu être écrite</translation>
    </message>
    <message>
        <source>give a .png or an .svg file</source>
        <translation>donnez un fichier .png ou .svg</translation>
    </message>
    <message>
        <source>node value</source>
        <extracomment>Nets with at most this many nodes in every layer print names and values. Below the layer titles. The node text never gets smaller than this (pixels); a node too small for it is drawn without text (the fruit net&apos;s 74 nodes), never with its text cut. The widest value a node prints (its output has four decimals): a sigmoid&apos;s or a softmax&apos;s is in [0, 1]; tanh, ReLU and linear layers may print a sign or tens. Height of the &quot;net = 0.8570&quot; caption under a node whose net input is known. Narrower column gaps leave out the &quot;net = …&quot; captions: the weight labels need the room between the columns more (the formula view and the tooltips have the net inputs). Height of one row of the legend under the network.</extracomment>
        <translation>valeur du nœud</translation>
    </message>
    <message>
        <source>not computed yet</source>
        <translation>pas encore calculé</translation>
    </message>
    <message>
        <source>positive weight</source>
        <translation>poids positif</translation>
    </message>
    <message>
        <source>negative weight</source>
        <translation>poids négatif</translation>
    </message>
    <message>
        <source>thicker = larger |weight|</source>
        <translation>plus épais = |poids| plus grand</translation>
    </message>
    <message>
        <source>being computed</source>
        <translation>en cours de calcul</translation>
    </message>
    <message>
        <source>target = {value}</source>
        <extracomment>The legend is left out where the network would keep less height than this: in a small canvas (a 1280×720 window at 150 %) the weights need the room more.</extracomment>
        <translation>cible = {value}</translation>
    </message>
    <message>
        <source>{name}: the constant bias input of the {layer}
value = {value}</source>
        <translation>{name} : l&apos;entrée de biais constante de la {layer}
valeur = {value}</translation>
    </message>
    <message>
        <source>input {n}</source>
        <translation>entrée {n}</translation>
    </message>
    <message>
        <source>pixel row {row}, column {column}</source>
        <translation>pixel ligne {row}, colonne {column}</translation>
    </message>
    <message>
        <source>{name}: node {n} of the {layer}</source>
        <translation>{name} : nœud {n} de la {layer}</translation>
    </message>
    <message>
        <source>not computed yet: step forward to compute it</source>
        <translation>pas encore calculé : avancez pour le calculer</translation>
    </message>
    <message>
        <source>bias {value}</source>
        <translation>biais {value}</translation>
    </message>
    <message>
        <source>gradient {name} = {value}</source>
        <translation>gradient {name} = {value}</translation>
    </message>
    <message>
        <source>click to change it</source>
        <translation>cliquez pour le modifier</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>biais</translation>
    </message>
    <message>
        <source>“{text}” is not a number</source>
        <extracomment>The canvas&apos;s colours by theme role (see :class:`~fruitnet_gui.ui.theme.Theme`). a weight label&apos;s fill once its new value is shown (light yellow: &quot;this changed&quot;) The least contrast text on the canvas keeps with what it is drawn on (WCAG AA).</extracomment>
        <translation>« {text} » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>the value must be a finite number (not NaN or infinity)</source>
        <translation>la valeur doit être un nombre fini (ni NaN ni l&apos;infini)</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>is not a regular file</source>
        <extracomment>A hand calculation of the fruit network has under 5,000 rows; far more is no answer sheet.</extracomment>
        <translation>n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>is {size} bytes; an answers file is at most 4 MB</source>
        <translation>fait {size} octets ; un fichier de réponses fait au plus 4 Mo</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>line {k} has {n} fields; each row is name,value</source>
        <translation>la ligne {k} a {n} champs ; chaque ligne est nom,valeur (name,value)</translation>
    </message>
    <message>
        <source>is not a CSV file ({reason})</source>
        <translation>n&apos;est pas un fichier CSV ({reason})</translation>
    </message>
    <message>
        <source>has no answers (rows of name,value)</source>
        <translation>ne contient aucune réponse (des lignes name,value)</translation>
    </message>
    <message>
        <source>line {line}: no sub-step is called {name} (the names are those of &apos;fruitnet trace --level factor&apos;)</source>
        <translation>ligne {line} : aucune sous-étape ne s&apos;appelle {name} (les noms sont ceux de « fruitnet trace --level factor »)</translation>
    </message>
    <message>
        <source>line {line}: {name} is answered twice</source>
        <translation>ligne {line} : {name} a deux réponses</translation>
    </message>
    <message>
        <source>right</source>
        <translation>juste</translation>
    </message>
    <message>
        <source>WRONG</source>
        <translation>FAUX</translation>
    </message>
    <message>
        <source>(expected {value})</source>
        <translation>(attendu {value})</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Your answers, checked</source>
        <translation>Vos réponses, vérifiées</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>the classes must be a list of names, not one string</source>
        <extracomment>The kinds of dataset: gray-level images, or rows of any finite numbers. Longer class names are surely not names (they would not fit anywhere on screen); the same bound as in model files. Characters no class name may hold: control characters and line breaks (a name is one line on the canvas and in messages) and lone surrogates (``&quot;&quot;`` from JSON, or a folder name that is not UTF-8), which no file can be saved with.</extracomment>
        <translation>les classes doivent être une liste de noms, pas une seule chaîne</translation>
    </message>
    <message>
        <source>a dataset needs at least one class</source>
        <translation>un jeu de données demande au moins une classe</translation>
    </message>
    <message>
        <source>every class name must be a non-empty text, got {_shown}</source>
        <translation>chaque nom de classe doit être un texte non vide, reçu {_shown}</translation>
    </message>
    <message>
        <source>the class {_shown} is named twice</source>
        <translation>la classe {_shown} est nommée deux fois</translation>
    </message>
    <message>
        <source>the image shape must be two whole numbers, got {shape}</source>
        <translation>la forme des images doit être deux nombres entiers, reçu {shape}</translation>
    </message>
    <message>
        <source>the image shape must be two positive whole numbers, got {list}</source>
        <translation>la forme des images doit être deux nombres entiers positifs, reçu {list}</translation>
    </message>
    <message>
        <source>a dataset&apos;s kind is images or features, got {_shown}</source>
        <translation>le type d&apos;un jeu de données est images ou features, reçu {_shown}</translation>
    </message>
    <message>
        <source>{what} must hold {numbers}, not True/False</source>
        <translation>{what} doit contenir {numbers}, pas True/False</translation>
    </message>
    <message>
        <source>{what} must be a grid of {numbers}</source>
        <translation>{what} doit être une grille de {numbers}</translation>
    </message>
    <message>
        <source>{what} must be {cols} values, got {got}</source>
        <translation>{what} doit compter {cols} valeurs, reçu {got}</translation>
    </message>
    <message>
        <source>{what} must be {rows}×{cols} pixels, got {got}</source>
        <translation>{what} doit faire {rows}×{cols} pixels, reçu {got}</translation>
    </message>
    <message>
        <source>{what} contains a value that is not a finite number (NaN or infinity)</source>
        <translation>{what} contient une valeur qui n&apos;est pas un nombre fini (NaN ou l&apos;infini)</translation>
    </message>
    <message>
        <source>pixel values must lie between 0 and 1, but {what} has {bad}</source>
        <translation>les valeurs des pixels doivent être comprises entre 0 et 1, mais {what} contient {bad}</translation>
    </message>
    <message>
        <source>feature values must lie between -{max_value} and {max_value}, but {what} has {bad}</source>
        <translation>les valeurs des variables doivent être comprises entre -{max_value} et {max_value}, mais {what} contient {bad}</translation>
    </message>
    <message>
        <source>{what} must hold numbers between 0 and 1, not True/False</source>
        <translation>{what} doit contenir des nombres entre 0 et 1, pas True/False</translation>
    </message>
    <message>
        <source>{what} must be lists of numbers between 0 and 1</source>
        <translation>{what} doivent être des listes de nombres entre 0 et 1</translation>
    </message>
    <message>
        <source>a target vector needs one value per class ({k}), got {shape}</source>
        <translation>un vecteur cible demande une valeur par classe ({k}), reçu {shape}</translation>
    </message>
    <message>
        <source>one sample needs one target vector of {k} values</source>
        <translation>un exemple demande un vecteur cible de {k} valeurs</translation>
    </message>
    <message>
        <source>{n} samples need {n} target vectors of {k} values</source>
        <translation>{n} exemples demandent {n} vecteurs cibles de {k} valeurs</translation>
    </message>
    <message>
        <source>{what} contain a value that is not a finite number (NaN or infinity)</source>
        <translation>{what} contiennent une valeur qui n&apos;est pas un nombre fini (NaN ou l&apos;infini)</translation>
    </message>
    <message>
        <source>target values must lie between 0 and 1 (a sigmoid&apos;s range), but {what} have {bad}</source>
        <translation>les valeurs cibles doivent être comprises entre 0 et 1 (l&apos;intervalle d&apos;une sigmoïde), mais {what} contiennent {bad}</translation>
    </message>
    <message>
        <source>the {_nouns} must be grids of numbers</source>
        <translation>les {_nouns} doivent être des grilles de nombres</translation>
    </message>
    <message>
        <source>the {_nouns} must form an n×rows×cols array, got shape {shape}</source>
        <translation>les {_nouns} doivent former un tableau n×lignes×colonnes, forme reçue {shape}</translation>
    </message>
    <message>
        <source>every sample must be {cols} values, got {shape}</source>
        <translation>chaque exemple doit compter {cols} valeurs, reçu {shape}</translation>
    </message>
    <message>
        <source>every image must be {rows}×{cols} pixels, got {shape}×{shape2}</source>
        <translation>chaque image doit faire {rows}×{cols} pixels, reçu {shape}×{shape2}</translation>
    </message>
    <message>
        <source>{n} {_nouns} need {n} labels, got {labels}</source>
        <translation>{n} {_nouns} demandent {n} étiquettes, reçu {labels}</translation>
    </message>
    <message>
        <source>the samples of a features dataset are one row of values (shape 1 × n), got {dims}×{dims2}</source>
        <translation>les exemples d&apos;un jeu de variables sont une ligne de valeurs (forme 1 × n), reçu {dims}×{dims2}</translation>
    </message>
    <message>
        <source>unknown label {_shown}; the classes are {_clipped}</source>
        <translation>étiquette inconnue {_shown} ; les classes sont {_clipped}</translation>
    </message>
    <message>
        <source>a label must be a class name or a class number, got {_shown}</source>
        <translation>une étiquette doit être un nom ou un numéro de classe, reçu {_shown}</translation>
    </message>
    <message>
        <source>class number {k} does not exist; there are {_classes} classes</source>
        <translation>la classe numéro {k} n&apos;existe pas ; il y a {_classes} classes</translation>
    </message>
    <message>
        <source>the label {label} is not the class of the largest target value ({largest})</source>
        <translation>l&apos;étiquette {label} n&apos;est pas la classe de la plus grande valeur cible ({largest})</translation>
    </message>
    <message>
        <source>a sample number must be a whole number, got {_shown}</source>
        <translation>un numéro d&apos;exemple doit être un nombre entier, reçu {_shown}</translation>
    </message>
    <message>
        <source>there is no sample {i}; the dataset has {self} samples</source>
        <translation>il n&apos;y a pas d&apos;exemple {i} ; le jeu de données a {self} exemples</translation>
    </message>
    <message>
        <source>sample numbers must lie between 0 and {value}</source>
        <translation>les numéros d&apos;exemple doivent être compris entre 0 et {value}</translation>
    </message>
    <message>
        <source>the test fraction must be a number, got {test_fraction}</source>
        <translation>la part de test doit être un nombre, reçu {test_fraction}</translation>
    </message>
    <message>
        <source>the test fraction must lie strictly between 0 and 1, got {f}</source>
        <translation>la part de test doit être strictement comprise entre 0 et 1, reçu {f}</translation>
    </message>
    <message>
        <source>the starting weights are one of {join}, got {scheme}</source>
        <translation>les poids de départ sont l&apos;un de {join}, reçu {scheme}</translation>
    </message>
    <message>
        <source>the range of the starting weights is from 0 to 10, got {scale}</source>
        <translation>l&apos;étendue des poids de départ va de 0 à 10, reçu {scale}</translation>
    </message>
    <message>
        <source>a network has 1 to {max_hidden_layers} hidden layers</source>
        <translation>un réseau a de 1 à {max_hidden_layers} couches cachées</translation>
    </message>
    <message>
        <source>a hidden layer has 1 to {max_nodes} nodes</source>
        <translation>une couche cachée a de 1 à {max_nodes} nœuds</translation>
    </message>
    <message>
        <source>this network has no bias weights</source>
        <extracomment>Relative differences below this count as agreement (documented in docs/DESIGN.md).</extracomment>
        <translation>ce réseau n&apos;a pas de poids de biais</translation>
    </message>
    <message>
        <source>the grid takes 3 to 401 points a side, got {grid}</source>
        <translation>la grille prend de 3 à 401 points par côté, reçu {grid}</translation>
    </message>
    <message>
        <source>the span must be a positive number up to 1000, got {span}</source>
        <translation>l&apos;étendue doit être un nombre positif jusqu&apos;à 1000, reçu {span}</translation>
    </message>
    <message>
        <source>choose two different weights</source>
        <translation>choisissez deux poids différents</translation>
    </message>
    <message>
        <source>this network has no weight {n}</source>
        <translation>ce réseau n&apos;a pas de poids {n}</translation>
    </message>
    <message>
        <source>unknown activation {name}</source>
        <translation>activation inconnue {name}</translation>
    </message>
    <message>
        <source>the slope of {name} is not element by element</source>
        <translation>la pente de {name} ne se calcule pas élément par élément</translation>
    </message>
    <message>
        <source>the loss must be one of {join}, got {loss}</source>
        <translation>la fonction de perte doit être l&apos;une de {join}, reçu {loss}</translation>
    </message>
    <message>
        <source>a network with {n_layers} weight layers needs {n_layers} activations</source>
        <translation>un réseau à {n_layers} couches de poids demande {n_layers} activations</translation>
    </message>
    <message>
        <source>activation must be one of {join}, got {a}</source>
        <translation>l&apos;activation doit être l&apos;une de {join}, reçu {a}</translation>
    </message>
    <message>
        <source>softmax can only be the output layer&apos;s activation</source>
        <translation>softmax ne peut être que l&apos;activation de la couche de sortie</translation>
    </message>
    <message>
        <source>a softmax output goes with the cross-entropy loss, and only with it</source>
        <translation>une sortie softmax va avec l&apos;entropie croisée, et seulement avec elle</translation>
    </message>
    <message>
        <source>conventions: {name} must be one of {join}, got {value}</source>
        <translation>conventions : {name} doit être l&apos;un de {join}, reçu {value}</translation>
    </message>
    <message>
        <source>conventions: update_biases must be true or false, got {got}</source>
        <translation>conventions : update_biases doit valoir true ou false, reçu {got}</translation>
    </message>
    <message>
        <source>conventions must be an object, got {data}</source>
        <translation>les conventions doivent être un objet, reçu {data}</translation>
    </message>
    <message>
        <source>conventions: unknown key {unknown} (known: error, bias, update_biases, batch_gradient)</source>
        <translation>conventions : clé inconnue {unknown} (connues : error, bias, update_biases, batch_gradient)</translation>
    </message>
    <message>
        <source>the training mode must be one of {join}, got {mode}</source>
        <extracomment>About how many samples to train between two progress snapshots.</extracomment>
        <translation>le mode d&apos;entraînement doit être l&apos;un de {join}, reçu {mode}</translation>
    </message>
    <message>
        <source>epochs must be a whole number from 1 to 1,000,000, got {epochs}</source>
        <translation>le nombre d&apos;époques doit être un entier de 1 à 1 000 000, reçu {epochs}</translation>
    </message>
    <message>
        <source>the batch size must be a positive whole number, got {batch_size}</source>
        <translation>la taille de lot doit être un nombre entier positif, reçu {batch_size}</translation>
    </message>
    <message>
        <source>the target error must be a number ≥ 0, got {target_error}</source>
        <translation>l&apos;erreur visée doit être un nombre ≥ 0, reçu {target_error}</translation>
    </message>
    <message>
        <source>training needs at least one sample, with one target per sample</source>
        <extracomment>The columns of a :class:`History`, in :class:`EpochResult`&apos;s field order. Every epoch so far (a :class:`History` view; any sequence of EpochResult will do). Online runs of at least this many samples load the compiled loops if they are not loaded yet: about where the NumPy loop (70,000-110,000 samples/s here) would have spent the time Numba takes to load. The same for batches longer than the kernel&apos;s short blocks: compiled they run at twice the NumPy pieces&apos; ~1.3 million samples/s, so it takes this many to gain ~1.5 s.</extracomment>
        <translation>l&apos;entraînement demande au moins un exemple, avec une cible par exemple</translation>
    </message>
    <message>
        <source>the number of images per class must be a whole number, got {value}</source>
        <extracomment>The value of the darkest marks: an apple&apos;s stem, a tomato&apos;s calyx. Nothing else in a prototype is this dark. How the shipped ``datasets/fruits-6x6`` files are made: ``generate(TRAIN_PER_CLASS, TRAIN_SEED)`` and ``generate(TEST_PER_CLASS, TEST_SEED)``.</extracomment>
        <translation>le nombre d&apos;images par classe doit être un nombre entier, reçu {value}</translation>
    </message>
    <message>
        <source>the number of images per class must lie between 0 and 100000, got {value}</source>
        <translation>le nombre d&apos;images par classe doit être compris entre 0 et 100000, reçu {value}</translation>
    </message>
    <message>
        <source>a decision map needs a network with two inputs</source>
        <translation>une carte de décision demande un réseau à deux entrées</translation>
    </message>
    <message>
        <source>the map takes 2 to 401 points a side, got {n}</source>
        <translation>la carte prend de 2 à 401 points par côté, reçu {n}</translation>
    </message>
    <message>
        <source>a softmax output needs at least two output nodes (classes)</source>
        <extracomment>The paper&apos;s input (x1, x2) and target (&quot;tomato&quot;).</extracomment>
        <translation>une sortie softmax demande au moins deux nœuds de sortie (classes)</translation>
    </message>
    <message>
        <source>conventions must be Conventions, got {type}</source>
        <translation>les conventions doivent être des Conventions, reçu {type}</translation>
    </message>
    <message>
        <source>layer sizes must be whole numbers, got {layers}</source>
        <translation>les tailles des couches doivent être des nombres entiers, reçu {layers}</translation>
    </message>
    <message>
        <source>a network needs an input layer, at least one hidden layer and an output layer</source>
        <translation>un réseau demande une couche d&apos;entrée, au moins une couche cachée et une couche de sortie</translation>
    </message>
    <message>
        <source>every layer needs at least one node, got {layers}</source>
        <translation>chaque couche demande au moins un nœud, reçu {layers}</translation>
    </message>
    <message>
        <source>{n} layers need {m} weight matrices and bias vectors, got {w} and {b}</source>
        <translation>{n} couches demandent {m} matrices de poids et vecteurs de biais, reçu {w} et {b}</translation>
    </message>
    <message>
        <source>weights[{l}] must be {rows}×{cols}, got {shape}</source>
        <translation>weights[{l}] doit être {rows}×{cols}, reçu {shape}</translation>
    </message>
    <message>
        <source>biases[{l}] must hold {n} values, got shape {shape}</source>
        <translation>biases[{l}] doit contenir {n} valeurs, reçu la forme {shape}</translation>
    </message>
    <message>
        <source>weights[{l}] and biases[{l}] must be finite numbers</source>
        <translation>weights[{l}] et biases[{l}] doivent être des nombres finis</translation>
    </message>
    <message>
        <source>input_shape {shape} does not hold {n} inputs</source>
        <translation>input_shape {shape} ne contient pas {n} entrées</translation>
    </message>
    <message>
        <source>{n} output nodes need {n} class names, got {got}</source>
        <translation>{n} nœuds de sortie demandent {n} noms de classes, reçu {got}</translation>
    </message>
    <message>
        <source>class names must be different from each other</source>
        <translation>les noms de classes doivent être différents les uns des autres</translation>
    </message>
    <message>
        <source>the bias input must be a number, got {value}</source>
        <translation>l&apos;entrée de biais doit être un nombre, reçu {value}</translation>
    </message>
    <message>
        <source>the bias input must be a finite number</source>
        <translation>l&apos;entrée de biais doit être un nombre fini</translation>
    </message>
    <message>
        <source>the bias input must lie between -{most} and {most}</source>
        <translation>l&apos;entrée de biais doit être comprise entre -{most} et {most}</translation>
    </message>
    <message>
        <source>unknown label {label}; the classes are {classes}</source>
        <translation>étiquette {label} inconnue ; les classes sont {classes}</translation>
    </message>
    <message>
        <source>the network takes {n} inputs, got an array of shape {shape}</source>
        <translation>le réseau prend {n} entrées, reçu un tableau de forme {shape}</translation>
    </message>
    <message>
        <source>inputs must be finite numbers</source>
        <translation>les entrées doivent être des nombres finis</translation>
    </message>
    <message>
        <source>inputs must lie between -{most} and {most}</source>
        <translation>les entrées doivent être comprises entre -{most} et {most}</translation>
    </message>
    <message>
        <source>the target needs {n} values, got an array of shape {shape}</source>
        <translation>la cible demande {n} valeurs, reçu un tableau de forme {shape}</translation>
    </message>
    <message>
        <source>targets must be finite numbers</source>
        <translation>les cibles doivent être des nombres finis</translation>
    </message>
    <message>
        <source>targets must lie between -{most} and {most}</source>
        <translation>les cibles doivent être comprises entre -{most} et {most}</translation>
    </message>
    <message>
        <source>with cross-entropy a target is a probability for each class: its values must add up to 1</source>
        <translation>avec l&apos;entropie croisée, une cible est une probabilité pour chaque classe : ses valeurs doivent avoir pour somme 1</translation>
    </message>
    <message>
        <source>targets must lie between 0 and 1 (a sigmoid output never leaves that range); soft targets such as {low} and {high} are fine</source>
        <translation>les cibles doivent être comprises entre 0 et 1 (une sortie sigmoïde ne quitte jamais cet intervalle) ; des cibles graduées comme {low} et {high} conviennent</translation>
    </message>
    <message>
        <source>biases[{l}]: with one bias weight per layer, the layer&apos;s biases must be equal</source>
        <translation>biases[{l}] : avec un poids de biais par couche, les biais de la couche doivent être égaux</translation>
    </message>
    <message>
        <source>biases[{l}]: a network without bias has no bias weights</source>
        <translation>biases[{l}] : un réseau sans biais n&apos;a pas de poids de biais</translation>
    </message>
    <message>
        <source>the learning rate must be a number, got {value}</source>
        <translation>le taux d&apos;apprentissage doit être un nombre, reçu {value}</translation>
    </message>
    <message>
        <source>the learning rate must be a positive finite number, got {value}</source>
        <translation>le taux d&apos;apprentissage doit être un nombre fini positif, reçu {value}</translation>
    </message>
    <message>
        <source>a learning rate of {value} is too small to change any weight (use at least {least})</source>
        <translation>un taux d&apos;apprentissage de {value} est trop petit pour changer un poids (prenez au moins {least})</translation>
    </message>
    <message>
        <source>a learning rate of {value} is too large to learn anything (use at most {most})</source>
        <translation>un taux d&apos;apprentissage de {value} est trop grand pour apprendre quoi que ce soit (prenez au plus {most})</translation>
    </message>
    <message>
        <source>a seed must be a whole number from 0 up, got {value}</source>
        <translation>une graine doit être un nombre entier à partir de 0, reçu {value}</translation>
    </message>
    <message>
        <source>pencil mode rounds to 0 to 12 decimals, got {pencil}</source>
        <extracomment>The chain rule&apos;s factors: sub-steps of their own at the factor level only.</extracomment>
        <translation>le mode crayon arrondit de 0 à 12 décimales, reçu {pencil}</translation>
    </message>
    <message>
        <source>position {position} is outside 0..{last}</source>
        <translation>la position {position} est hors de 0..{last}</translation>
    </message>
    <message>
        <source>pencil mode with {n} decimals cannot work out {what}: an output rounds to 0, whose logarithm is undefined; use more decimals</source>
        <translation>le mode crayon à {n} décimales ne peut pas calculer {what} : une sortie s&apos;arrondit à 0, dont le logarithme n&apos;est pas défini ; prenez plus de décimales</translation>
    </message>
    <message>
        <source>variants are numbered from 1, got {n}</source>
        <translation>les variantes sont numérotées à partir de 1, reçu {n}</translation>
    </message>
    <message>
        <source>no network good for hand work was found for variant {n}</source>
        <translation>aucun réseau adapté au calcul à la main n&apos;a été trouvé pour la variante {n}</translation>
    </message>
</context>
<context>
    <name>Classes</name>
    <message>
        <source>red apple</source>
        <extracomment>The classes of the worked example, in one-hot order: red apple = [1, 0], tomato = [0, 1].</extracomment>
        <translation>pomme rouge</translation>
    </message>
    <message>
        <source>tomato</source>
        <translation>tomate</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>a seed is a whole number, not {value}</source>
        <translation>une graine est un nombre entier, pas {value}</translation>
    </message>
    <message>
        <source>a seed is a whole number from 0 up, not {value}</source>
        <translation>une graine est un nombre entier à partir de 0, pas {value}</translation>
    </message>
    <message>
        <source>a learning rate is a number, not {value}</source>
        <translation>un taux d&apos;apprentissage est un nombre, pas {value}</translation>
    </message>
    <message>
        <source>conventions (default: {what})</source>
        <translation>conventions (par défaut : {what})&#xa0;</translation>
    </message>
    <message>
        <source>half_sum: E = ½ Σ (t − o)² (the paper); sum: Σ (t − o)²; mean: (1/n) Σ (t − o)²</source>
        <translation>half_sum : E = ½ Σ (t − o)² (l&apos;article) ; sum : Σ (t − o)² ; mean : (1/n) Σ (t − o)²</translation>
    </message>
    <message>
        <source>per_node: a bias weight per node (the paper); per_layer: one shared by a layer; none: no bias</source>
        <translation>per_node : un poids de biais par nœud (l&apos;article) ; per_layer : un seul, commun à une couche ; none : pas de biais</translation>
    </message>
    <message>
        <source>keep the bias weights fixed (the paper updates them)</source>
        <translation>garder les poids de biais fixes (l&apos;article les met à jour)</translation>
    </message>
    <message>
        <source>mean (the paper&apos;s choice for batches) or sum of the samples&apos; gradients</source>
        <translation>moyenne (le choix de l&apos;article pour les lots) ou somme des gradients des exemples</translation>
    </message>
    <message>
        <source>a built-in network</source>
        <translation>un réseau fourni</translation>
    </message>
    <message>
        <source>a model file (fruitnet-model JSON)</source>
        <translation>un fichier de modèle (JSON fruitnet-model)</translation>
    </message>
    <message>
        <source>the input values</source>
        <translation>les valeurs d&apos;entrée</translation>
    </message>
    <message>
        <source>the target values</source>
        <translation>les valeurs cibles</translation>
    </message>
    <message>
        <source>FruitNet on the command line: trace one training iteration, train, check a hand calculation, write worksheets, map the error landscape.</source>
        <translation>FruitNet en ligne de commande : détailler une itération d&apos;entraînement, entraîner, vérifier un calcul à la main, écrire des fiches d&apos;exercices, cartographier le paysage de l&apos;erreur.</translation>
    </message>
    <message>
        <source>print one training iteration, every sub-step with its formula and value</source>
        <translation>afficher une itération d&apos;entraînement, chaque sous-étape avec sa formule et sa valeur</translation>
    </message>
    <message>
        <source>Print one training iteration of a network, sub-step by sub-step, as the worked example does by hand. With no options: the paper&apos;s 2-2-2 example.</source>
        <translation>Afficher une itération d&apos;entraînement d&apos;un réseau, sous-étape par sous-étape, comme l&apos;exemple traité à la main. Sans option : l&apos;exemple 2-2-2 de l&apos;article.</translation>
    </message>
    <message>
        <source>a built-in network (default paper)</source>
        <translation>un réseau fourni (par défaut paper)</translation>
    </message>
    <message>
        <source>{prog}: error: {message} (see {prog} --help)</source>
        <extracomment>The subcommands&apos; parsers, by name (on the top-level parser). What argparse takes for a negative number rather than an option: also ``-inf``, ``-nan`` and ``-1e5`` (its own pattern, ``-1`` and ``-.5`` only, made ``--lr -inf`` &quot;expected one argument&quot; instead of the learning rate&apos;s own message).</extracomment>
        <translation>{prog} : erreur : {message} (voir {prog} --help)</translation>
    </message>
    <message>
        <source>a lesson file (.fnlesson), or the name of a lesson FruitNet ships ({names}), found in the language of the output: its network, sample, rounding and the teacher&apos;s notes</source>
        <translation>un fichier de leçon (.fnlesson), ou le nom d&apos;une leçon fournie avec FruitNet ({names}), prise dans la langue de la sortie : son réseau, son exemple, son arrondi et les notes de l&apos;enseignant</translation>
    </message>
    <message>
        <source>weights seed of the fruit preset</source>
        <translation>graine des poids du réseau de fruits</translation>
    </message>
    <message>
        <source>round every intermediate to N decimals and carry it forward, as by hand</source>
        <translation>arrondir chaque résultat intermédiaire à N décimales et le reporter, comme à la main</translation>
    </message>
    <message>
        <source>quantity: every quantity; factor: also each factor of the chain rule (dEtotal/douty1, douty1/dnety1, ...) (default: quantity)</source>
        <translation>quantity : chaque grandeur ; factor : aussi chaque facteur de la règle de la chaîne (dEtotal/douty1, douty1/dnety1, ...) (par défaut : quantity)</translation>
    </message>
    <message>
        <source>learning rate η (default: the model&apos;s; the presets&apos; is 0.5)</source>
        <translation>taux d&apos;apprentissage η (par défaut : celui du modèle ; celui des réseaux fournis est 0.5)</translation>
    </message>
    <message>
        <source>beside each gradient, the central finite difference of the error</source>
        <translation>à côté de chaque gradient, la différence finie centrée de l&apos;erreur</translation>
    </message>
    <message>
        <source>the model&apos;s; the presets follow the paper</source>
        <translation>celles du modèle ; les réseaux fournis suivent l&apos;article</translation>
    </message>
    <message>
        <source>train a network on a dataset headless and report error and accuracy per epoch</source>
        <translation>entraîner un réseau sur un jeu de données sans fenêtre et donner l&apos;erreur et l&apos;exactitude à chaque époque</translation>
    </message>
    <message>
        <source>Train headless. Defaults: the shipped fruit dataset (datasets/fruits-6x6) and the 36-36-2 fruit network, 50 online epochs, learning rate 0.5.</source>
        <translation>Entraîner sans fenêtre. Par défaut : les images de fruits fournies (datasets/fruits-6x6) et le réseau de fruits 36-36-2, 50 époques en ligne, taux d&apos;apprentissage 0.5.</translation>
    </message>
    <message>
        <source>training set: a fruitnet-dataset JSON, a CSV file (.csv) or an image folder (one sub-folder per class), read as the window imports them</source>
        <translation>ensemble d&apos;entraînement : un JSON fruitnet-dataset, un fichier CSV (.csv) ou un dossier d&apos;images (un sous-dossier par classe), lu comme la fenêtre les importe</translation>
    </message>
    <message>
        <source>test set (default: the shipped one with the shipped training set; none with --dataset, then the training set is reported on)</source>
        <translation>ensemble de test (par défaut : celui fourni avec l&apos;ensemble d&apos;entraînement fourni ; aucun avec --dataset, le bilan porte alors sur l&apos;ensemble d&apos;entraînement)</translation>
    </message>
    <message>
        <source>start from this model file</source>
        <translation>partir de ce fichier de modèle</translation>
    </message>
    <message>
        <source>passes over the training set (default: 50)</source>
        <translation>passages sur l&apos;ensemble d&apos;entraînement (par défaut : 50)</translation>
    </message>
    <message>
        <source>online: one update per image, as in the paper; batch: one update per epoch with the mean gradient; minibatch: one per --batch-size images (default: online)</source>
        <translation>online : une mise à jour par image, comme dans l&apos;article ; batch : une mise à jour par époque avec le gradient moyen ; minibatch : une toutes les --batch-size images (par défaut : online)</translation>
    </message>
    <message>
        <source>images per update with --mode minibatch (default: {n})</source>
        <translation>images par mise à jour avec --mode minibatch (par défaut : {n})</translation>
    </message>
    <message>
        <source>learning rate η (default: 0.5, the paper&apos;s, or the --model file&apos;s)</source>
        <translation>taux d&apos;apprentissage η (par défaut : 0.5, celui de l&apos;article, ou celui du fichier --model)</translation>
    </message>
    <message>
        <source>the --model file&apos;s, else the paper&apos;s</source>
        <translation>celles du fichier --model, sinon celles de l&apos;article</translation>
    </message>
    <message>
        <source>seed of the starting weights and of the shuffling (default: 0)</source>
        <translation>graine des poids de départ et du mélange (par défaut : 0)</translation>
    </message>
    <message>
        <source>text: a line per epoch and a confusion matrix; json: the settings, every epoch, the confusion matrix and the trained model (default: text)</source>
        <translation>text : une ligne par époque et une matrice de confusion ; json : les réglages, chaque époque, la matrice de confusion et le modèle entraîné (par défaut : text)</translation>
    </message>
    <message>
        <source>save the trained model here (checked before training starts)</source>
        <translation>enregistrer ici le modèle entraîné (vérifié avant le début de l&apos;entraînement)</translation>
    </message>
    <message>
        <source>check a hand calculation: which answers are right, and what went wrong</source>
        <translation>vérifier un calcul à la main : quelles réponses sont justes, et ce qui s&apos;est mal passé</translation>
    </message>
    <message>
        <source>Check a hand calculation of one iteration. ANSWERS is a CSV of name,value rows (names as &apos;fruitnet trace --level factor&apos; prints them). Exit status 0 when every answer is right, 1 when one is wrong, 2 for a bad file.</source>
        <translation>Vérifier un calcul à la main d&apos;une itération. ANSWERS est un CSV de lignes nom,valeur (les noms comme les affiche &apos;fruitnet trace --level factor&apos;). Code de sortie 0 quand toutes les réponses sont justes, 1 quand l&apos;une est fausse, 2 pour un fichier incorrect.</translation>
    </message>
    <message>
        <source>CSV of name,value rows</source>
        <translation>CSV de lignes nom,valeur</translation>
    </message>
    <message>
        <source>the calculation rounds every intermediate to N decimals (default: exact)</source>
        <translation>le calcul arrondit chaque résultat intermédiaire à N décimales (par défaut : exact)</translation>
    </message>
    <message>
        <source>write a blank worksheet and its answer key (PDF, HTML, Markdown)</source>
        <translation>écrire une fiche d&apos;exercices vierge et son corrigé (PDF, HTML, Markdown)</translation>
    </message>
    <message>
        <source>Write a worksheet for one iteration (each sub-step&apos;s formula with a blank) and its answer key, as PDF, HTML and Markdown, into --out DIR; with --variants N a different network for each of N students, a summary key and a Moodle quiz.</source>
        <translation>Écrire une fiche d&apos;exercices pour une itération (la formule de chaque sous-étape avec un blanc) et son corrigé, en PDF, HTML et Markdown, dans --out DIR ; avec --variants N, un réseau différent pour chacun des N élèves, un corrigé récapitulatif et un quiz Moodle.</translation>
    </message>
    <message>
        <source>the hand calculation rounds every value to N decimals (default: 4)</source>
        <translation>le calcul à la main arrondit chaque valeur à N décimales (par défaut : 4)</translation>
    </message>
    <message>
        <source>exact arithmetic instead of pencil</source>
        <translation>calcul exact au lieu du calcul à la main</translation>
    </message>
    <message>
        <source>factor: one line per factor of the chain rule (default: quantity)</source>
        <translation>factor : une ligne par facteur de la règle de la chaîne (par défaut : quantity)</translation>
    </message>
    <message>
        <source>page size of the PDF (default: a4)</source>
        <translation>format de page du PDF (par défaut : a4)</translation>
    </message>
    <message>
        <source>N different 2-2-2 networks, one per student</source>
        <translation>N réseaux 2-2-2 différents, un par élève</translation>
    </message>
    <message>
        <source>seed of the variants, or of the fruit preset (default: 0)</source>
        <translation>graine des variantes, ou du réseau de fruits (par défaut : 0)</translation>
    </message>
    <message>
        <source>the folder to write into</source>
        <translation>le dossier où écrire</translation>
    </message>
    <message>
        <source>E_total over a grid of two weights (JSON or a picture)</source>
        <translation>E_total sur une grille de deux poids (JSON ou image)</translation>
    </message>
    <message>
        <source>Write E_total of one sample over a grid of two weights centred on their current values, as JSON ({weights, x, y, error}) or as a PNG picture.</source>
        <translation>Écrire E_total d&apos;un exemple sur une grille de deux poids centrée sur leurs valeurs actuelles, en JSON ({weights, x, y, error}) ou en image PNG.</translation>
    </message>
    <message>
        <source>the two weights (default: w5 w6)</source>
        <translation>les deux poids (par défaut : w5 w6)</translation>
    </message>
    <message>
        <source>the grid reaches S either side of each weight (default: 1)</source>
        <translation>la grille s&apos;étend de S de part et d&apos;autre de chaque poids (par défaut : 1)</translation>
    </message>
    <message>
        <source>N × N points; odd puts the weights at the centre (default: 41)</source>
        <translation>N × N points ; impair place les poids au centre (par défaut : 41)</translation>
    </message>
    <message>
        <source>FILE.json or FILE.png</source>
        <translation>FICHIER.json ou FICHIER.png</translation>
    </message>
    <message>
        <source>en, fr or de: the language of the output (default: the system&apos;s)</source>
        <translation>en, fr ou de : la langue de la sortie (par défaut : celle du système)</translation>
    </message>
    <message>
        <source>numbers with a decimal point in French and German too (JSON always has it)</source>
        <translation>des nombres avec un point décimal en français et en allemand aussi (le JSON l&apos;a toujours)</translation>
    </message>
    <message>
        <source>Step through one training iteration of a small neural network, sub-step by sub-step, as the worked example does by hand.</source>
        <translation>Parcourir pas à pas une itération d&apos;entraînement d&apos;un petit réseau de neurones, sous-étape par sous-étape, comme l&apos;exemple traité à la main.</translation>
    </message>
    <message>
        <source>open a lesson file (a teacher&apos;s prepared iteration)</source>
        <translation>ouvrir un fichier de leçon (une itération préparée par l&apos;enseignant)</translation>
    </message>
    <message>
        <source>the paper&apos;s 2-2-2 example (default) or the 36-36-2 fruit classifier</source>
        <translation>l&apos;exemple 2-2-2 de l&apos;article (par défaut) ou le classifieur de fruits 36-36-2</translation>
    </message>
    <message>
        <source>open a FruitNet model file (JSON) instead of a preset</source>
        <translation>ouvrir un fichier de modèle FruitNet (JSON) au lieu d&apos;un réseau fourni</translation>
    </message>
    <message>
        <source>seed of the fruit classifier&apos;s random start weights (default 0)</source>
        <translation>graine des poids de départ aléatoires du classifieur de fruits (par défaut 0)</translation>
    </message>
    <message>
        <source>open variant K of a set of worksheets (with --seed S, the seed printed on it)</source>
        <translation>ouvrir la variante K d&apos;une série de fiches (avec --seed S, la graine imprimée dessus)</translation>
    </message>
    <message>
        <source>draw everything X times as large, e.g. 1.5 for a projector (default: the size chosen in View → Size of everything, else 1)</source>
        <translation>tout dessiner X fois plus grand, p. ex. 1.5 pour un vidéoprojecteur (par défaut : la taille choisie dans Affichage → Taille de tout, sinon 1)</translation>
    </message>
    <message>
        <source>remember the window layout in this ini file instead of the user&apos;s settings</source>
        <translation>retenir la disposition de la fenêtre dans ce fichier ini au lieu des réglages de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>en, fr or de (default: the one chosen in Help → Language, else the system&apos;s)</source>
        <translation>en, fr ou de (par défaut : celle choisie dans Aide → Langue, sinon celle du système)</translation>
    </message>
    <message>
        <source>numbers with a decimal point whatever the language (French and German use the comma)</source>
        <translation>des nombres avec un point décimal quelle que soit la langue (le français et l&apos;allemand utilisent la virgule)</translation>
    </message>
    <message>
        <source>check this copy of FruitNet offscreen (the paper&apos;s iteration, one epoch of training) and exit: 0 if it works, else 1 and the reason</source>
        <translation>vérifier cette copie de FruitNet hors écran (l&apos;itération de l&apos;article, une époque d&apos;entraînement) et quitter : 0 si elle fonctionne, sinon 1 et la raison</translation>
    </message>
    <message>
        <source>a scale is a number, not {value}</source>
        <translation>une échelle est un nombre, pas {value}</translation>
    </message>
    <message>
        <source>a scale is from {low} to {high}, not {value}</source>
        <translation>une échelle va de {low} à {high}, pas {value}</translation>
    </message>
    <message>
        <source>--input needs {n} values for this network, got {got}</source>
        <translation>--input demande {n} valeurs pour ce réseau, reçu {got}</translation>
    </message>
    <message>
        <source>--target needs {n} values for this network, got {got}</source>
        <translation>--target demande {n} valeurs pour ce réseau, reçu {got}</translation>
    </message>
    <message>
        <source>--out {path}: give a .json or a .png file</source>
        <translation>--out {path} : donnez un fichier .json ou .png</translation>
    </message>
    <message>
        <source>no translation for {code}: give one of {codes}</source>
        <extracomment>The languages FruitNet speaks, by code, each named in its own language (the menu).</extracomment>
        <translation>pas de traduction pour {code} : donnez l&apos;une de {codes}</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <source>Confusion matrix</source>
        <translation>Matrice de confusion</translation>
    </message>
    <message>
        <source>How many test images of each true class the network gave each class</source>
        <translation>Combien d&apos;images de test de chaque vraie classe le réseau a attribuées à chaque classe</translation>
    </message>
</context>
<context>
    <name>Conventions</name>
    <message>
        <source>a bias weight per node</source>
        <translation>un poids de biais par nœud</translation>
    </message>
    <message>
        <source>one bias weight per layer</source>
        <translation>un poids de biais par couche</translation>
    </message>
    <message>
        <source>no bias</source>
        <translation>pas de biais</translation>
    </message>
    <message>
        <source> (kept fixed)</source>
        <translation> (maintenu fixe)</translation>
    </message>
    <message>
        <source>batch gradient: mean</source>
        <translation>gradient du lot : moyenne</translation>
    </message>
    <message>
        <source>batch gradient: sum</source>
        <translation>gradient du lot : somme</translation>
    </message>
    <message>
        <source> (the paper&apos;s)</source>
        <translation> (comme dans l&apos;article)</translation>
    </message>
    <message>
        <source>{error}; {bias}; {batch}{paper}</source>
        <translation>{error}&#xa0;; {bias}&#xa0;; {batch}{paper}</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <source>Load the fruit dataset</source>
        <extracomment>The progress dialog of the import that runs, if one does (for tests).</extracomment>
        <translation>Charger les images de fruits</translation>
    </message>
    <message>
        <source>The 500 training and 150 test images of red apples and tomatoes that come with FruitNet (switches to the 36-36-2 fruit network if needed)</source>
        <translation>Les 500 images d&apos;entraînement et 150 images de test de pommes rouges et de tomates fournies avec FruitNet (passe au réseau de fruits 36-36-2 si nécessaire)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>Import image folder…</source>
        <translation>Importer un dossier d&apos;images…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export image folder…</source>
        <translation>Exporter en dossier d&apos;images…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Training set</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Test set</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Add drawing</source>
        <translation>Ajouter le dessin</translation>
    </message>
    <message>
        <source>Add the image in the editor, with its label, to this set</source>
        <translation>Ajouter à cet ensemble l&apos;image de l&apos;éditeur, avec son étiquette</translation>
    </message>
    <message>
        <source>Relabel</source>
        <translation>Changer la classe</translation>
    </message>
    <message>
        <source>Give the selected image the other class (the arrow: choose)</source>
        <translation>Donner l&apos;autre classe à l&apos;image choisie (la flèche : choisir)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected image (Delete key)</source>
        <translation>Supprimer l&apos;image choisie (touche Suppr)</translation>
    </message>
    <message>
        <source>Added the drawing as “{label}”.</source>
        <translation>Dessin ajouté comme « {label} ».</translation>
    </message>
    <message>
        <source>Deleted sample {n}.</source>
        <translation>Exemple {n} supprimé.</translation>
    </message>
    <message>
        <source>Sample {n} is now labelled “{label}”.</source>
        <translation>L&apos;exemple {n} est maintenant de la classe « {label} ».</translation>
    </message>
    <message>
        <source>The test set is empty.</source>
        <translation>L&apos;ensemble de test est vide.</translation>
    </message>
    <message>
        <source>The training set is empty.</source>
        <translation>L&apos;ensemble d&apos;entraînement est vide.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; samples: {counts}</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; exemples : {counts}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; images: {counts}</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; images : {counts}</translation>
    </message>
    <message>
        <source> ({n} features each)</source>
        <translation> ({n} variables chacun)</translation>
    </message>
    <message>
        <source> · {n} with soft targets</source>
        <translation> · {n} avec des cibles graduées</translation>
    </message>
    <message>
        <source>The network gets &lt;b&gt;{right}&lt;/b&gt; of {n} right ({percent})</source>
        <translation>Le réseau classe correctement &lt;b&gt;{right}&lt;/b&gt; images sur {n} ({percent})</translation>
    </message>
    <message>
        <source>No predictions: the network reads {n} inputs of {classes}.</source>
        <translation>Pas de prédictions : le réseau lit {n} entrées, pour les classes {classes}.</translation>
    </message>
    <message>
        <source>as {name}</source>
        <translation>en {name}</translation>
    </message>
    <message>
        <source>Open a dataset</source>
        <extracomment>File dialogs: title, name filters (None: a folder), suffix added on save, method.</extracomment>
        <translation>Ouvrir un jeu de données</translation>
    </message>
    <message>
        <source>FruitNet dataset (*.json);;All files (*)</source>
        <translation>Jeu de données FruitNet (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save the dataset</source>
        <translation>Enregistrer le jeu de données</translation>
    </message>
    <message>
        <source>FruitNet dataset (*.json)</source>
        <translation>Jeu de données FruitNet (*.json)</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>Importer un fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import a folder with one sub-folder per class</source>
        <translation>Importer un dossier avec un sous-dossier par classe</translation>
    </message>
    <message>
        <source>Export images into a new or empty folder</source>
        <translation>Exporter les images dans un dossier nouveau ou vide</translation>
    </message>
    <message>
        <source>{n} samples of {m} features</source>
        <extracomment>A slow import shows its progress dialog once it has taken this long (ms).</extracomment>
        <translation>{n} exemples de {m} variables</translation>
    </message>
    <message>
        <source>Not loaded: the network was kept.</source>
        <translation>Pas chargé : le réseau a été gardé.</translation>
    </message>
    <message>
        <source> Switched to the 36-36-2 fruit network, which reads 6×6 images.</source>
        <translation> Passage au réseau de fruits 36-36-2, qui lit des images de 6×6.</translation>
    </message>
    <message>
        <source>Loaded {n} training and {m} test images.</source>
        <translation>{n} images d&apos;entraînement et {m} images de test chargées.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>Reading the images in {name}…</source>
        <translation>Lecture des images de {name}…</translation>
    </message>
    <message>
        <source>{n} features</source>
        <translation>{n} variables</translation>
    </message>
    <message>
        <source>these images</source>
        <translation>ces images</translation>
    </message>
    <message>
        <source> with a softmax output per class</source>
        <translation> avec une sortie softmax par classe</translation>
    </message>
    <message>
        <source> Switched to a new {layers} network{out}, which reads {reads}.</source>
        <translation> Passage à un nouveau réseau {layers}{out}, qui lit {reads}.</translation>
    </message>
    <message>
        <source>the samples are {cols} features of {classes}, but the network reads {n} inputs of {net_classes}</source>
        <translation>les exemples sont {cols} variables de {classes}, mais le réseau lit {n} entrées de {net_classes}</translation>
    </message>
    <message>
        <source>the images are {rows}×{cols} of {classes}, but the network reads {n} inputs of {net_classes}</source>
        <translation>les images sont des {rows}×{cols} de {classes}, mais le réseau lit {n} entrées de {net_classes}</translation>
    </message>
    <message>
        <source>Loaded {what} into the test set from {name}.</source>
        <translation>Chargé dans l&apos;ensemble de test depuis {name} : {what}.</translation>
    </message>
    <message>
        <source>Loaded {what} into the training set from {name}.</source>
        <translation>Chargé dans l&apos;ensemble d&apos;entraînement depuis {name} : {what}.</translation>
    </message>
    <message>
        <source>the test set is empty: there is nothing to save</source>
        <translation>l&apos;ensemble de test est vide : il n&apos;y a rien à enregistrer</translation>
    </message>
    <message>
        <source>the training set is empty: there is nothing to save</source>
        <translation>l&apos;ensemble d&apos;entraînement est vide : il n&apos;y a rien à enregistrer</translation>
    </message>
    <message>
        <source>Saved the {what} of the test set to {name}.</source>
        <translation>Enregistré dans {name}, depuis l&apos;ensemble de test : {what}.</translation>
    </message>
    <message>
        <source>Saved the {what} of the training set to {name}.</source>
        <translation>Enregistré dans {name}, depuis l&apos;ensemble d&apos;entraînement : {what}.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Sample {n}: {label}</source>
        <extracomment>Cell size of one thumbnail in the list, and the largest side of its image. Custom item data roles. A features thumbnail: bars this many levels high, at most this many bars (more features are averaged in groups), each bar about BAR_SPAN // features pixels wide.</extracomment>
        <translation>Exemple {n} : {label}</translation>
    </message>
    <message>
        <source>Values {values}</source>
        <translation>Valeurs {values}</translation>
    </message>
    <message>
        <source>Target {target}</source>
        <translation>Cible {target}</translation>
    </message>
    <message>
        <source>The network says {said} (right); outputs {outs}</source>
        <translation>Le réseau répond {said} (juste) ; sorties {outs}</translation>
    </message>
    <message>
        <source>The network says {said} (wrong); outputs {outs}</source>
        <translation>Le réseau répond {said} (faux) ; sorties {outs}</translation>
    </message>
    <message>
        <source>net: {name}</source>
        <translation>réseau : {name}</translation>
    </message>
    <message>
        <source>No images yet.

Load the fruit dataset, open a file, or draw in the editor and press “Add drawing”.</source>
        <translation>Pas encore d&apos;images.

Chargez les images de fruits, ouvrez un fichier, ou dessinez dans l&apos;éditeur et appuyez sur « Ajouter le dessin ».</translation>
    </message>
</context>
<context>
    <name>DatasetBrowser</name>
    <message>
        <source>Dataset browser</source>
        <extracomment>While training, predictions are refreshed at most this often (s).</extracomment>
        <translation>Navigateur de données</translation>
    </message>
    <message>
        <source>The training and test images; choose one to step through it</source>
        <translation>Les images d&apos;entraînement et de test ; choisissez-en une pour la parcourir pas à pas</translation>
    </message>
    <message>
        <source>Images of the dataset, with predictions</source>
        <translation>Images du jeu de données, avec les prédictions</translation>
    </message>
    <message>
        <source>Arrow keys choose an image to step through; Delete removes it</source>
        <translation>Les flèches choisissent une image à parcourir ; Suppr la retire</translation>
    </message>
</context>
<context>
    <name>DatasetFile</name>
    <message>
        <source>the text {text}</source>
        <extracomment>The version written when a dataset needs it (features, or soft targets); plain labelled images are written as version 1. Versions this FruitNet reads. More samples than this are refused: far beyond what a teaching app trains on. Most pixels (rows × columns) a dataset&apos;s images may have: the most inputs a network has. Most pixel values (images × pixels) in one dataset. Larger image files are refused before they are decoded (a &quot;decompression bomb&quot;). Rows of a CSV file (and images of a folder) handled between two progress reports. Told how far a slow import is (0 to 1); returning False cancels it. Files with these endings are read from an image folder; every other file is skipped. Keys only version 2 knows (``kind`` is optional there: ``&quot;images&quot;`` by default). A version 2 sample: a label, a target or both, and its values (pixels or values).</extracomment>
        <translation>le texte {text}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a huge number</source>
        <translation>un nombre énorme</translation>
    </message>
    <message>
        <source>{n} value</source>
        <translation>{n} valeur</translation>
    </message>
    <message>
        <source>{n} number</source>
        <translation>{n} nombre</translation>
    </message>
    <message>
        <source>{n} row</source>
        <translation>{n} ligne</translation>
    </message>
    <message>
        <source>{n} values</source>
        <translation>{n} valeurs</translation>
    </message>
    <message>
        <source>{n} numbers</source>
        <translation>{n} nombres</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} lignes</translation>
    </message>
    <message>
        <source>the image shape must be two whole numbers from 1 up (rows, columns)</source>
        <translation>la forme des images doit être deux nombres entiers à partir de 1 (lignes, colonnes)</translation>
    </message>
    <message>
        <source>{n} features are more than FruitNet takes: at most {most} (the most inputs a network has)</source>
        <translation>{n} variables, c&apos;est plus que FruitNet n&apos;en prend : au plus {most} (le plus grand nombre d&apos;entrées d&apos;un réseau)</translation>
    </message>
    <message>
        <source>images of {rows}×{cols} pixels are larger than FruitNet takes: at most {most} pixels ({side}×{side})</source>
        <translation>des images de {rows}×{cols} pixels sont plus grandes que ce que FruitNet prend : au plus {most} pixels ({side}×{side})</translation>
    </message>
    <message>
        <source>the image shape must be two whole numbers, got {what}</source>
        <translation>la forme des images doit être deux nombres entiers, reçu {what}</translation>
    </message>
    <message>
        <source>{n} samples of {cols} features are {values} values, more than the limit of {most}</source>
        <translation>{n} exemples de {cols} variables font {values} valeurs, plus que la limite de {most}</translation>
    </message>
    <message>
        <source>{n} images of {rows}×{cols} are {values} pixel values, more than the limit of {most}</source>
        <translation>{n} images de {rows}×{cols} font {values} valeurs de pixels, plus que la limite de {most}</translation>
    </message>
    <message>
        <source>{n} samples are more than the limit of {most}</source>
        <translation>{n} exemples, c&apos;est plus que la limite de {most}</translation>
    </message>
    <message>
        <source>not a valid CSV file ({reason} on line {line})</source>
        <translation>fichier CSV non valide ({reason} à la ligne {line})</translation>
    </message>
    <message>
        <source>more than the limit of {most} samples</source>
        <extracomment>Characters a pixel cell may hold; anything else (``nan``, ``inf``, ``1_0``) is no number here, and a chunk without them is converted in one call.</extracomment>
        <translation>plus que la limite de {most} exemples</translation>
    </message>
    <message>
        <source>line {line}, column {column}: {cell} is not a number</source>
        <translation>ligne {line}, colonne {column} : {cell} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>line {line}, column {column}: {cell} is outside the pixel range 0 to 1</source>
        <translation>ligne {line}, colonne {column} : {cell} est hors de l&apos;intervalle des pixels, de 0 à 1</translation>
    </message>
    <message>
        <source>line {line}, column {column}: {cell} is outside the target range 0 to 1</source>
        <translation>ligne {line}, colonne {column} : {cell} est hors de l&apos;intervalle des cibles, de 0 à 1</translation>
    </message>
    <message>
        <source>line {line}, column {column}: {cell} is outside the feature range -{most} to {most}</source>
        <translation>ligne {line}, colonne {column} : {cell} est hors de l&apos;intervalle des variables, de -{most} à {most}</translation>
    </message>
    <message>
        <source>the header names the label in column {j}; it must be the first</source>
        <extracomment>A header cell naming a target column: ``t_`` and the class name.</extracomment>
        <translation>l&apos;en-tête nomme l&apos;étiquette dans la colonne {j} ; elle doit être la première</translation>
    </message>
    <message>
        <source>the target columns: {problem}</source>
        <translation>les colonnes cibles : {problem}</translation>
    </message>
    <message>
        <source>the target columns name the classes {names}, not {wanted} (the network&apos;s)</source>
        <translation>les colonnes cibles nomment les classes {names}, pas {wanted} (celles du réseau)</translation>
    </message>
    <message>
        <source>the header names no value columns (features, or pixels p1 … pN)</source>
        <translation>l&apos;en-tête ne nomme aucune colonne de valeurs (variables, ou pixels p1 … pN)</translation>
    </message>
    <message>
        <source>the header names neither a label column (first, named label) nor target columns ({prefix}&lt;class&gt;)</source>
        <translation>l&apos;en-tête ne nomme ni une colonne d&apos;étiquettes (la première, nommée label) ni des colonnes cibles ({prefix}&lt;classe&gt;)</translation>
    </message>
    <message>
        <source>the header names {n} pixel columns; {rows}×{cols} images need {wanted}</source>
        <translation>l&apos;en-tête nomme {n} colonnes de pixels ; des images de {rows}×{cols} en demandent {wanted}</translation>
    </message>
    <message>
        <source>line {line} has {n} columns, but the header row has {wanted} columns</source>
        <translation>la ligne {line} a {n} colonnes, mais la ligne d&apos;en-tête en a {wanted}</translation>
    </message>
    <message>
        <source>{where} {label} is not the class of its largest target value ({wanted})</source>
        <translation>{where} {label} n&apos;est pas la classe de sa plus grande valeur cible ({wanted})</translation>
    </message>
    <message>
        <source>line {line}: the label</source>
        <translation>ligne {line} : l&apos;étiquette</translation>
    </message>
    <message>
        <source>{n} columns: {problem}</source>
        <translation>{n} colonnes : {problem}</translation>
    </message>
    <message>
        <source>line {line} has no label</source>
        <translation>la ligne {line} n&apos;a pas d&apos;étiquette</translation>
    </message>
    <message>
        <source>line {line}: the label {label} is not one of {names}</source>
        <translation>ligne {line} : l&apos;étiquette {label} n&apos;est pas l&apos;une de {names}</translation>
    </message>
    <message>
        <source>the first row has no pixel columns after the label</source>
        <translation>la première ligne n&apos;a pas de colonnes de pixels après l&apos;étiquette</translation>
    </message>
    <message>
        <source>the header row has {n} columns; {rows}×{cols} images need {wanted} (label, p1 ... p{pixels})</source>
        <translation>la ligne d&apos;en-tête a {n} colonnes ; des images de {rows}×{cols} en demandent {wanted} (label, p1 ... p{pixels})</translation>
    </message>
    <message>
        <source>line {line} has {n} columns; {rows}×{cols} images need {wanted} (the label, then the pixels row by row)</source>
        <translation>la ligne {line} a {n} colonnes ; des images de {rows}×{cols} en demandent {wanted} (l&apos;étiquette, puis les pixels ligne par ligne)</translation>
    </message>
    <message>
        <source>the images are {rows}×{cols}, not {want_rows}×{want_cols}</source>
        <translation>les images sont des {rows}×{cols}, pas des {want_rows}×{want_cols}</translation>
    </message>
    <message>
        <source>the classes are {names}, not {wanted}</source>
        <translation>les classes sont {names}, pas {wanted}</translation>
    </message>
    <message>
        <source>dataset version {version} is newer than this FruitNet reads (versions 1 and {newest})</source>
        <translation>la version {version} du jeu de données est plus récente que ce que ce FruitNet lit (versions 1 et {newest})</translation>
    </message>
    <message>
        <source>unsupported dataset version {what} (this FruitNet reads versions 1 and {newest})</source>
        <translation>version de jeu de données non prise en charge : {what} (ce FruitNet lit les versions 1 et {newest})</translation>
    </message>
    <message>
        <source>&quot;kind&quot; is new in version 2; a version 1 dataset holds images</source>
        <translation>&quot;kind&quot; est nouveau dans la version 2 ; un jeu de données de version 1 contient des images</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be &quot;images&quot; or &quot;features&quot;, not {what}</source>
        <translation>&quot;kind&quot; doit être &quot;images&quot; ou &quot;features&quot;, pas {what}</translation>
    </message>
    <message>
        <source>a dataset file holds one JSON object, not {what}</source>
        <translation>un fichier de jeu de données contient un objet JSON, pas {what}</translation>
    </message>
    <message>
        <source>not a FruitNet dataset (no &quot;format&quot;: &quot;{format}&quot;)</source>
        <translation>pas un jeu de données FruitNet (pas de &quot;format&quot;: &quot;{format}&quot;)</translation>
    </message>
    <message>
        <source>not a FruitNet dataset (its format is {what})</source>
        <translation>pas un jeu de données FruitNet (son format est {what})</translation>
    </message>
    <message>
        <source>the key &quot;{key}&quot; is missing</source>
        <translation>la clé &quot;{key}&quot; manque</translation>
    </message>
    <message>
        <source>unknown key &quot;{key}&quot; (a dataset has {keys})</source>
        <translation>clé inconnue &quot;{key}&quot; (un jeu de données a {keys})</translation>
    </message>
    <message>
        <source>&quot;shape&quot; must be [rows, columns], two whole numbers from 1 up</source>
        <translation>&quot;shape&quot; doit être [lignes, colonnes], deux nombres entiers à partir de 1</translation>
    </message>
    <message>
        <source>&quot;shape&quot; of a features dataset must be [1, n] (one row of n values), got [{rows}, {cols}]</source>
        <translation>&quot;shape&quot; d&apos;un jeu de variables doit être [1, n] (une ligne de n valeurs), reçu [{rows}, {cols}]</translation>
    </message>
    <message>
        <source>&quot;classes&quot; must be a list of class names, not {what}</source>
        <translation>&quot;classes&quot; doit être une liste de noms de classes, pas {what}</translation>
    </message>
    <message>
        <source>&quot;classes&quot; is empty; a dataset needs at least one class</source>
        <translation>&quot;classes&quot; est vide ; un jeu de données demande au moins une classe</translation>
    </message>
    <message>
        <source>&quot;classes&quot; has {n} names, more than the limit of {most}</source>
        <translation>&quot;classes&quot; a {n} noms, plus que la limite de {most}</translation>
    </message>
    <message>
        <source>classes[{i}] must be a non-empty name, not {what}</source>
        <translation>classes[{i}] doit être un nom non vide, pas {what}</translation>
    </message>
    <message>
        <source>the class {name} is listed twice</source>
        <translation>la classe {name} figure deux fois</translation>
    </message>
    <message>
        <source>&quot;samples&quot; must be a list, not {what}</source>
        <translation>&quot;samples&quot; doit être une liste, pas {what}</translation>
    </message>
    <message>
        <source>samples[{i}] must be an object with a label and {key}, not {what}</source>
        <translation>samples[{i}] doit être un objet avec une étiquette et {key}, pas {what}</translation>
    </message>
    <message>
        <source>samples[{i}] has an unknown key &quot;{key}&quot; ({has})</source>
        <translation>samples[{i}] a une clé inconnue &quot;{key}&quot; ({has})</translation>
    </message>
    <message>
        <source>samples[{i}] has no &quot;{key}&quot;</source>
        <translation>samples[{i}] n&apos;a pas de &quot;{key}&quot;</translation>
    </message>
    <message>
        <source>samples[{i}] has no &quot;label&quot; or &quot;target&quot;</source>
        <translation>samples[{i}] n&apos;a ni &quot;label&quot; ni &quot;target&quot;</translation>
    </message>
    <message>
        <source>a sample has label and pixels; target needs version 2</source>
        <translation>un exemple a label et pixels ; target demande la version 2</translation>
    </message>
    <message>
        <source>a sample has {keys}</source>
        <translation>un exemple a {keys}</translation>
    </message>
    <message>
        <source>samples[{i}].label must be a class name, not {what}</source>
        <translation>samples[{i}].label doit être un nom de classe, pas {what}</translation>
    </message>
    <message>
        <source>samples[{i}].label {label} is not one of the classes ({names})</source>
        <translation>samples[{i}].label {label} n&apos;est pas l&apos;une des classes ({names})</translation>
    </message>
    <message>
        <source>samples[{i}].target must be {count} (one per class), got {got}</source>
        <translation>samples[{i}].target doit être {count} (un par classe), reçu {got}</translation>
    </message>
    <message>
        <source>{where} is {what}; targets must be numbers</source>
        <translation>{where} vaut {what} ; les cibles doivent être des nombres</translation>
    </message>
    <message>
        <source>{where} is {what}; targets must lie between 0 and 1</source>
        <translation>{where} vaut {what} ; les cibles doivent être comprises entre 0 et 1</translation>
    </message>
    <message>
        <source>samples[{i}].pixels must be {rows} rows of {cols} numbers (the shape), got {got}</source>
        <translation>samples[{i}].pixels doit être {rows} lignes de {cols} nombres (la forme), reçu {got}</translation>
    </message>
    <message>
        <source>{where} must hold {cols} numbers (the shape), got {got}</source>
        <translation>{where} doit contenir {cols} nombres (la forme), reçu {got}</translation>
    </message>
    <message>
        <source>{where} is {what}; pixels must be numbers</source>
        <translation>{where} vaut {what} ; les pixels doivent être des nombres</translation>
    </message>
    <message>
        <source>{where} is {what}; pixels must lie between 0 and 1</source>
        <translation>{where} vaut {what} ; les pixels doivent être compris entre 0 et 1</translation>
    </message>
    <message>
        <source>{where} must be {n} numbers (the shape), got {got}</source>
        <translation>{where} doit être {n} nombres (la forme), reçu {got}</translation>
    </message>
    <message>
        <source>{where} is {what}; values must be numbers</source>
        <translation>{where} vaut {what} ; les valeurs doivent être des nombres</translation>
    </message>
    <message>
        <source>{where} is {what}; values must lie between -{most} and {most}</source>
        <translation>{where} vaut {what} ; les valeurs doivent être comprises entre -{most} et {most}</translation>
    </message>
    <message>
        <source>holds more samples than the limit of {most}</source>
        <translation>contient plus d&apos;exemples que la limite de {most}</translation>
    </message>
    <message>
        <source>only a Dataset can be saved as a dataset, not {type}</source>
        <translation>seul un Dataset peut être enregistré comme jeu de données, pas {type}</translation>
    </message>
</context>
<context>
    <name>DecisionView</name>
    <message>
        <source>Decision map</source>
        <extracomment>Colour-blind-safe class colours (Okabe and Ito): orange, sky blue, green, purple, …</extracomment>
        <translation>Carte de décision</translation>
    </message>
    <message>
        <source>The class the network gives at each point of the two inputs</source>
        <translation>La classe que le réseau donne en chaque point des deux entrées</translation>
    </message>
    <message>
        <source>Decision map over the input plane</source>
        <translation>Carte de décision sur le plan des entrées</translation>
    </message>
</context>
<context>
    <name>DesignerDialog</name>
    <message>
        <source>Nodes in hidden layer {k}</source>
        <translation>Nœuds de la couche cachée {k}</translation>
    </message>
    <message>
        <source>Activation of hidden layer {k}</source>
        <translation>Activation de la couche cachée {k}</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>start it on a computer with a screen; `FruitNet --self-test` checks this copy without one, and QT_QPA_PLATFORM=offscreen runs the window without a screen (scripts, CI)</source>
        <translation>lancez-le sur un ordinateur avec un écran ; `FruitNet --self-test` vérifie cette copie sans écran, et QT_QPA_PLATFORM=offscreen ouvre la fenêtre sans écran (scripts, CI)</translation>
    </message>
    <message>
        <source>use `fruitnet trace` for the iteration as text, or set QT_QPA_PLATFORM=offscreen to run the window without a screen (scripts, CI)</source>
        <translation>utilisez `fruitnet trace` pour l&apos;itération en texte, ou mettez QT_QPA_PLATFORM=offscreen pour lancer la fenêtre sans écran (scripts, CI)</translation>
    </message>
    <message>
        <source>FruitNet: {problem}; {advice}</source>
        <translation>FruitNet : {problem} ; {advice}</translation>
    </message>
    <message>
        <source>fruitnet-gui: {problem}; {advice}</source>
        <translation>fruitnet-gui : {problem} ; {advice}</translation>
    </message>
    <message>
        <source>no X display: QT_QPA_PLATFORM is xcb but DISPLAY is not set</source>
        <translation>pas d&apos;affichage X : QT_QPA_PLATFORM vaut xcb mais DISPLAY n&apos;est pas défini</translation>
    </message>
    <message>
        <source>no display: the Wayland display {name} does not answer and DISPLAY is not set</source>
        <translation>pas d&apos;affichage : l&apos;affichage Wayland {name} ne répond pas et DISPLAY n&apos;est pas défini</translation>
    </message>
    <message>
        <source>no display: neither DISPLAY nor WAYLAND_DISPLAY is set</source>
        <translation>pas d&apos;affichage : ni DISPLAY ni WAYLAND_DISPLAY n&apos;est défini</translation>
    </message>
    <message>
        <source>cannot open the X display {name}: the system library libxcb is missing (Debian/Ubuntu: libxcb1)</source>
        <translation>impossible d&apos;ouvrir l&apos;affichage X {name} : la bibliothèque système libxcb manque (Debian/Ubuntu : libxcb1)</translation>
    </message>
    <message>
        <source>cannot open the X display {name} (no X server answers there, or it refused us)</source>
        <translation>impossible d&apos;ouvrir l&apos;affichage X {name} (aucun serveur X n&apos;y répond, ou il nous a refusés)</translation>
    </message>
    <message>
        <source>Qt&apos;s X11 plugin cannot be loaded: {reason}</source>
        <translation>le module X11 de Qt ne peut pas être chargé : {reason}</translation>
    </message>
    <message>
        <source>Qt&apos;s X11 plugin needs the system library {library}, which is missing (Debian/Ubuntu: sudo apt install {package})</source>
        <translation>le module X11 de Qt demande la bibliothèque système {library}, qui manque (Debian/Ubuntu : sudo apt install {package})</translation>
    </message>
</context>
<context>
    <name>ErrorPlot</name>
    <message>
        <source>Error plot: E_total after each iteration</source>
        <translation>Courbe d&apos;erreur : E_total après chaque itération</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>itération</translation>
    </message>
    <message>
        <source>E_total per iteration</source>
        <translation>E_total par itération</translation>
    </message>
    <message>
        <source>E_total after iteration {n}: {value}</source>
        <translation>E_total après l&apos;itération {n} : {value}</translation>
    </message>
    <message>
        <source>No iteration done yet</source>
        <translation>Aucune itération faite pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>&lt;b&gt;Ready.&lt;/b&gt; Press &lt;b&gt;Step&lt;/b&gt; (→ or Space) to reveal the first sub-step. The forward pass comes first (Step 2 of the worked example): for each node its net input, then its sigmoid.</source>
        <translation>&lt;b&gt;Prêt.&lt;/b&gt; Appuyez sur &lt;b&gt;Avancer&lt;/b&gt; (→ ou Espace) pour révéler la première sous-étape. La propagation avant vient d&apos;abord (étape 2 de l&apos;exemple traité) : pour chaque nœud, son entrée nette, puis sa sigmoïde.</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>output of the layer before</source>
        <translation>sortie de la couche précédente</translation>
    </message>
    <message>
        <source> (this network has no bias)</source>
        <translation> (ce réseau n&apos;a pas de biais)</translation>
    </message>
    <message>
        <source>, plus the bias weight {bias} (shared by the whole layer) times the bias input {bias_input}</source>
        <translation>, plus le poids de biais {bias} (commun à toute la couche) multiplié par l&apos;entrée de biais {bias_input}</translation>
    </message>
    <message>
        <source>, plus the bias weight {bias} times the bias input {bias_input}</source>
        <translation>, plus le poids de biais {bias} multiplié par l&apos;entrée de biais {bias_input}</translation>
    </message>
    <message>
        <source>The &lt;b&gt;net input&lt;/b&gt; of {node} is the weighted sum of what flows into it: every {what} times the weight on its edge{plus}. Nothing is squashed yet.</source>
        <translation>L&apos;&lt;b&gt;entrée nette&lt;/b&gt; de {node} est la somme pondérée de ce qui lui arrive : chaque {what} multipliée par le poids de son arête{plus}. La sigmoïde n&apos;est pas encore appliquée.</translation>
    </message>
    <message>
        <source>the network&apos;s answer: how sure it is that the image is a &lt;i&gt;{cls}&lt;/i&gt;</source>
        <translation>la réponse du réseau : à quel point il est sûr que l&apos;image est une &lt;i&gt;{cls}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>what the node passes on to the next layer</source>
        <translation>ce que le nœud transmet à la couche suivante</translation>
    </message>
    <message>
        <source>The &lt;b&gt;sigmoid&lt;/b&gt; f(x) = 1 / (1 + e&lt;sup&gt;−x&lt;/sup&gt;) squashes the net input into the range 0 to 1. {out} is {role}.</source>
        <translation>La &lt;b&gt;sigmoïde&lt;/b&gt; f(x) = 1 / (1 + e&lt;sup&gt;−x&lt;/sup&gt;) ramène l&apos;entrée nette entre 0 et 1. {out} est {role}.</translation>
    </message>
    <message>
        <source>The &lt;b&gt;error&lt;/b&gt; of output {node} is half the squared difference between its target and what the network gave. The ½ makes the derivative in Step 4 come out without a factor 2.</source>
        <translation>L&apos;&lt;b&gt;erreur&lt;/b&gt; de la sortie {node} est la moitié du carré de l&apos;écart entre sa cible et ce que le réseau a donné. Grâce au ½, la dérivée de l&apos;étape 4 n&apos;a pas de facteur 2.</translation>
    </message>
    <message>
        <source>The &lt;b&gt;error&lt;/b&gt; of output {node} is the squared difference between its target and what the network gave (this network&apos;s error convention has no ½, so the derivative in Step 4 carries a factor 2).</source>
        <translation>L&apos;&lt;b&gt;erreur&lt;/b&gt; de la sortie {node} est le carré de l&apos;écart entre sa cible et ce que le réseau a donné (la convention d&apos;erreur de ce réseau n&apos;a pas de ½, donc la dérivée de l&apos;étape 4 porte un facteur 2).</translation>
    </message>
    <message>
        <source>The &lt;b&gt;total error&lt;/b&gt; averages the errors of all outputs: one number for how wrong the network is on this sample. Learning means making it smaller.</source>
        <translation>L&apos;&lt;b&gt;erreur totale&lt;/b&gt; fait la moyenne des erreurs de toutes les sorties : un seul nombre qui dit à quel point le réseau se trompe sur cet exemple. Apprendre, c&apos;est la faire diminuer.</translation>
    </message>
    <message>
        <source>The &lt;b&gt;total error&lt;/b&gt; adds the errors of all outputs: one number for how wrong the network is on this sample. Learning means making it smaller.</source>
        <translation>L&apos;&lt;b&gt;erreur totale&lt;/b&gt; additionne les erreurs de toutes les sorties : un seul nombre qui dit à quel point le réseau se trompe sur cet exemple. Apprendre, c&apos;est la faire diminuer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gradient descent&lt;/b&gt; moves {weight} against its gradient, by the learning rate η = {lr} times the gradient: a positive gradient (more {weight}, more error) makes the weight smaller, a negative one makes it larger. Every gradient used the old weights; the new values take effect only now.</source>
        <translation>La &lt;b&gt;descente de gradient&lt;/b&gt; déplace {weight} dans le sens opposé à son gradient, d&apos;un pas égal au taux d&apos;apprentissage η = {lr} multiplié par le gradient : un gradient positif (plus de {weight}, plus d&apos;erreur) rend le poids plus petit, un gradient négatif le rend plus grand. Tous les gradients ont utilisé les anciens poids ; les nouvelles valeurs ne prennent effet que maintenant.</translation>
    </message>
    <message>
        <source>The &lt;b&gt;first partial derivative&lt;/b&gt;: how the total error changes with this output. Only this output&apos;s own error term depends on it, and the derivative of its squared difference is the difference itself (out − target).</source>
        <translation>La &lt;b&gt;première dérivée partielle&lt;/b&gt; : comment l&apos;erreur totale varie avec cette sortie. Seul le terme d&apos;erreur propre à cette sortie en dépend, et la dérivée de son écart au carré est l&apos;écart lui-même (out − target).</translation>
    </message>
    <message>
        <source>How the total error changes with the output of {node}: it reaches the error through every node of the next layer, so the parts coming back from each of them are added.</source>
        <translation>Comment l&apos;erreur totale varie avec la sortie de {node} : elle atteint l&apos;erreur à travers chaque nœud de la couche suivante, donc les parts qui reviennent de chacun d&apos;eux s&apos;additionnent.</translation>
    </message>
    <message>
        <source>The &lt;b&gt;second partial derivative&lt;/b&gt;: the slope of the sigmoid at this node, f′(net) = out × (1 − out). It is largest ({quarter}) when out is {half} and small when the node is nearly saturated.</source>
        <translation>La &lt;b&gt;deuxième dérivée partielle&lt;/b&gt; : la pente de la sigmoïde en ce nœud, f′(net) = out × (1 − out). Elle est maximale ({quarter}) quand out vaut {half}, et petite quand le nœud est presque saturé.</translation>
    </message>
    <message>
        <source>The &lt;b&gt;error term&lt;/b&gt; of {node}: the first two factors multiplied, ∂E&lt;sub&gt;total&lt;/sub&gt;/∂net. Every weight into this node, and the nodes before it, use it again.</source>
        <translation>Le &lt;b&gt;terme d&apos;erreur&lt;/b&gt; de {node} : le produit des deux premiers facteurs, ∂E&lt;sub&gt;total&lt;/sub&gt;/∂net. Chaque poids qui entre dans ce nœud, et les nœuds qui le précèdent, le réutilisent.</translation>
    </message>
    <message>
        <source>One part of the error that comes back to a hidden node: the error term of one output times the (old) weight that connects them. The paper calls these the first and the second term.</source>
        <translation>Une part de l&apos;erreur qui revient vers un nœud caché : le terme d&apos;erreur d&apos;une sortie multiplié par l&apos;(ancien) poids qui les relie. L&apos;article les appelle le premier et le deuxième terme.</translation>
    </message>
    <message>
        <source>The &lt;b&gt;third partial derivative&lt;/b&gt;: how the net input changes with this weight. The net input is a sum of value × weight, so it is the value that travels along the weight.</source>
        <translation>La &lt;b&gt;troisième dérivée partielle&lt;/b&gt; : comment l&apos;entrée nette varie avec ce poids. L&apos;entrée nette est une somme de valeur × poids, c&apos;est donc la valeur qui circule le long de ce poids.</translation>
    </message>
    <message>
        <source>How much E&lt;sub&gt;total&lt;/sub&gt; changes when {weight} changes a little, every other weight held fixed. </source>
        <translation>De combien E&lt;sub&gt;total&lt;/sub&gt; varie quand {weight} varie un peu, tous les autres poids restant fixes. </translation>
    </message>
    <message>
        <source>This bias weight is shared by every node of the layer, so its gradient adds the error terms of all of them, times the bias input.</source>
        <translation>Ce poids de biais est commun à tous les nœuds de la couche, donc son gradient additionne les termes d&apos;erreur de tous, multipliés par l&apos;entrée de biais.</translation>
    </message>
    <message>
        <source>A bias weight is fed by the constant bias input {bias_input}, so the last factor {factor} is that input and the gradient is the error term of {node} times it.</source>
        <translation>Un poids de biais est alimenté par l&apos;entrée de biais constante {bias_input} : le dernier facteur {factor} est donc cette entrée, et le gradient est le terme d&apos;erreur de {node} multiplié par elle.</translation>
    </message>
    <message>
        <source>A bias weight is fed by the constant bias input {bias_input}, so the last factor {factor} is that input and the gradient is the error term of {node} times it, which collects the error coming back from the next layer.</source>
        <translation>Un poids de biais est alimenté par l&apos;entrée de biais constante {bias_input} : le dernier facteur {factor} est donc cette entrée, et le gradient est le terme d&apos;erreur de {node} multiplié par elle ; ce terme recueille l&apos;erreur qui revient de la couche suivante.</translation>
    </message>
    <message>
        <source>The &lt;b&gt;chain rule&lt;/b&gt; unpacks it into three factors: how the error depends on {out} (out − target), how {out} depends on {net} (the sigmoid&apos;s slope out × (1 − out)), and how {net} depends on {weight}: the value that travels along it, {source}.</source>
        <translation>La &lt;b&gt;règle de la chaîne&lt;/b&gt; (dérivation des fonctions composées) le décompose en trois facteurs : comment l&apos;erreur dépend de {out} (out − target), comment {out} dépend de {net} (la pente de la sigmoïde, out × (1 − out)), et comment {net} dépend de {weight} : la valeur qui circule le long de ce poids, {source}.</translation>
    </message>
    <message>
        <source>both outputs</source>
        <translation>les deux sorties</translation>
    </message>
    <message>
        <source>all {n} nodes of the next layer</source>
        <translation>les {n} nœuds de la couche suivante</translation>
    </message>
    <message>
        <source>{weight} sits on the inside: a change of {out} reaches the error through &lt;b&gt;{reach}&lt;/b&gt;, so {derivative} (the bracket) collects their error terms, each times the old weight from {node} to it ({links}). The other factors are the sigmoid&apos;s slope at {node} and the value that travels along {weight}.</source>
        <translation>{weight} est à l&apos;intérieur du réseau : une variation de {out} atteint l&apos;erreur à travers &lt;b&gt;{reach}&lt;/b&gt;, donc {derivative} (le crochet) recueille leurs termes d&apos;erreur, chacun multiplié par l&apos;ancien poids qui relie {node} à leur nœud ({links}). Les autres facteurs sont la pente de la sigmoïde en {node} et la valeur qui circule le long de {weight}.</translation>
    </message>
    <message>
        <source>pencil mode, {n} decimals</source>
        <translation>calcul à la main, {n} décimales</translation>
    </message>
    <message>
        <source>exact arithmetic</source>
        <translation>calcul exact</translation>
    </message>
</context>
<context>
    <name>Explore</name>
    <message>
        <source>A ReLU&apos;s net input lies within ε of 0 here: the difference quotient straddles the kink, so it need not equal the slope backpropagation uses.</source>
        <translation>L&apos;entrée nette d&apos;une ReLU est ici à moins de ε de 0 : le taux d&apos;accroissement enjambe le coude, il n&apos;a donc pas à être égal à la pente qu&apos;utilise la rétropropagation.</translation>
    </message>
    <message>
        <source>They agree: backpropagation computes the same slope that nudging the weight by ±{epsilon} measures, up to rounding and an error of order ε².</source>
        <translation>Ils concordent : la rétropropagation calcule la même pente que celle que l&apos;on mesure en faisant varier le poids de ±{epsilon}, aux arrondis et à une erreur d&apos;ordre ε² près.</translation>
    </message>
    <message>
        <source>They differ more than rounding explains: the error may be nearly flat here (a saturated sigmoid makes both tiny), or not smooth at this weight.</source>
        <translation>Ils diffèrent plus que ne l&apos;expliquent les arrondis : l&apos;erreur est peut-être presque plate ici (une sigmoïde saturée rend les deux minuscules), ou pas lisse pour ce poids.</translation>
    </message>
    <message>
        <source>E = ½ Σ (target − out)²  (the paper)</source>
        <translation>E = ½ Σ (target − out)²  (l&apos;article)</translation>
    </message>
    <message>
        <source>E = Σ (target − out)²</source>
        <translation>E = Σ (target − out)²</translation>
    </message>
    <message>
        <source>E = (1/n) Σ (target − out)², n outputs</source>
        <translation>E = (1/n) Σ (target − out)², n sorties</translation>
    </message>
    <message>
        <source>a bias weight per node (the paper)</source>
        <translation>un poids de biais par nœud (l&apos;article)</translation>
    </message>
    <message>
        <source>one bias weight shared by each layer</source>
        <translation>un poids de biais commun à chaque couche</translation>
    </message>
    <message>
        <source>no bias</source>
        <translation>pas de biais</translation>
    </message>
    <message>
        <source>the mean of the samples&apos; gradients (the paper&apos;s choice)</source>
        <translation>la moyenne des gradients des exemples (le choix de l&apos;article)</translation>
    </message>
    <message>
        <source>the sum of the samples&apos; gradients</source>
        <translation>la somme des gradients des exemples</translation>
    </message>
    <message>
        <source>Conventions</source>
        <translation>Conventions</translation>
    </message>
    <message>
        <source>Update the bias weights (the paper does)</source>
        <translation>Mettre à jour les poids de biais (comme l&apos;article)</translation>
    </message>
    <message>
        <source>Textbooks differ from the worked example in small ways. Choose the ones your course uses: the formulas, names, values and sub-steps follow.</source>
        <translation>Les manuels diffèrent de l&apos;exemple traité sur quelques points. Choisissez ceux de votre cours : les formules, les noms, les valeurs et les sous-étapes suivent.</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Erreur :</translation>
    </message>
    <message>
        <source>Bias:</source>
        <translation>Biais :</translation>
    </message>
    <message>
        <source>Batch gradient:</source>
        <translation>Gradient d&apos;un lot :</translation>
    </message>
    <message>
        <source>The paper&apos;s</source>
        <translation>Celles de l&apos;article</translation>
    </message>
    <message>
        <source>The decision map needs a network with two inputs.</source>
        <translation>La carte de décision demande un réseau à deux entrées.</translation>
    </message>
    <message>
        <source>The class the network gives at each point (x1, x2): {names} in the colours of the dots; paler where it is less sure. The star is the sample being stepped.</source>
        <translation>La classe que le réseau donne en chaque point (x1, x2) : {names}, dans les couleurs des points ; plus pâle là où il est moins sûr. L&apos;étoile est l&apos;exemple que l&apos;on suit pas à pas.</translation>
    </message>
    <message>
        <source>sigmoid (the paper)</source>
        <translation>sigmoïde (l&apos;article)</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linéaire</translation>
    </message>
    <message>
        <source>sigmoid, squared error (the paper)</source>
        <translation>sigmoïde, erreur quadratique (l&apos;article)</translation>
    </message>
    <message>
        <source>softmax, cross-entropy</source>
        <translation>softmax, entropie croisée</translation>
    </message>
    <message>
        <source>uniform in ±range</source>
        <translation>uniforme dans ±étendue</translation>
    </message>
    <message>
        <source>normal, standard deviation = range</source>
        <translation>normale, écart type = étendue</translation>
    </message>
    <message>
        <source>Xavier/Glorot (range ignored)</source>
        <translation>Xavier/Glorot (étendue ignorée)</translation>
    </message>
    <message>
        <source>nice numbers: 2 decimals, for hand work</source>
        <translation>nombres simples : 2 décimales, pour le calcul à la main</translation>
    </message>
    <message>
        <source>New network</source>
        <translation>Nouveau réseau</translation>
    </message>
    <message>
        <source>hidden layer {n}:</source>
        <translation>couche cachée {n} :</translation>
    </message>
    <message>
        <source>nodes,</source>
        <translation>nœuds,</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>Entrées :</translation>
    </message>
    <message>
        <source>Hidden layers:</source>
        <translation>Couches cachées :</translation>
    </message>
    <message>
        <source>Outputs:</source>
        <translation>Sorties :</translation>
    </message>
    <message>
        <source>Output and error:</source>
        <translation>Sortie et erreur :</translation>
    </message>
    <message>
        <source>Learning rate η:</source>
        <translation>Taux d&apos;apprentissage η :</translation>
    </message>
    <message>
        <source>Starting weights:</source>
        <translation>Poids de départ :</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Étendue :</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Graine :</translation>
    </message>
    <message>
        <source>The conventions (error ½Σ or Σ or mean, the bias) are those of the window (Network → Conventions…). ReLU&apos;s slope at 0 is taken to be 0.</source>
        <translation>Les conventions (erreur ½Σ, Σ ou moyenne, le biais) sont celles de la fenêtre (Réseau → Conventions…). La pente de ReLU en 0 est prise égale à 0.</translation>
    </message>
    <message>
        <source>Weights:</source>
        <translation>Poids :</translation>
    </message>
    <message>
        <source>E_total = {error} at {a} = {va}, {b} = {vb}; the red arrow is the negative gradient (−∂E/∂{a}, −∂E/∂{b}), the direction a step of gradient descent takes. The orange path is where the two weights have been.</source>
        <translation>E_total = {error} en {a} = {va}, {b} = {vb} ; la flèche rouge est l&apos;opposé du gradient (−∂E/∂{a}, −∂E/∂{b}), la direction que prend un pas de descente de gradient. Le chemin orange montre par où sont passés les deux poids.</translation>
    </message>
    <message>
        <source>Error landscape: E_total over {a} and {b}</source>
        <extracomment>Margins around the plot square: left (y ticks and name), top (title), right (the colour bar), bottom (x ticks, name and the key).</extracomment>
        <translation>Paysage de l&apos;erreur : E_total selon {a} et {b}</translation>
    </message>
    <message>
        <source>white dot: the weights now</source>
        <translation>point blanc : les poids actuels</translation>
    </message>
    <message>
        <source>; red arrow: the negative gradient (−∂E/∂{a}, −∂E/∂{b})</source>
        <translation> ; flèche rouge : l&apos;opposé du gradient (−∂E/∂{a}, −∂E/∂{b})</translation>
    </message>
    <message>
        <source>; orange: the path so far</source>
        <translation> ; orange : le chemin parcouru jusqu&apos;ici</translation>
    </message>
    <message>
        <source>{path}: the picture could not be written</source>
        <translation>{path} : l&apos;image n&apos;a pas pu être écrite</translation>
    </message>
    <message>
        <source>weight {name}</source>
        <extracomment>While a run is replayed, the trail of the live network waits here.</extracomment>
        <translation>poids {name}</translation>
    </message>
</context>
<context>
    <name>ExportWorksheetDialog</name>
    <message>
        <source>Number of students</source>
        <translation>Nombre d&apos;élèves</translation>
    </message>
    <message>
        <source>Seed of the variants</source>
        <translation>Graine des variantes</translation>
    </message>
    <message>
        <source>Folder for the worksheet</source>
        <translation>Dossier de la fiche</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Image File (PNG, TIF, JPG, ...)</source>
        <translation>Image (PNG, TIF, JPG…)</translation>
    </message>
    <message>
        <source>Scalable Vector Graphics (SVG)</source>
        <translation>Dessin vectoriel (SVG)</translation>
    </message>
    <message>
        <source>Scalable Vector Graphics</source>
        <translation>Dessin vectoriel</translation>
    </message>
    <message>
        <source>CSV of original plot data</source>
        <translation>Données du graphique en CSV</translation>
    </message>
    <message>
        <source>width</source>
        <translation>largeur</translation>
    </message>
    <message>
        <source>height</source>
        <translation>hauteur</translation>
    </message>
    <message>
        <source>antialias</source>
        <translation>lissage des bords</translation>
    </message>
    <message>
        <source>background</source>
        <translation>fond</translation>
    </message>
    <message>
        <source>invertValue</source>
        <translation>inverser la luminosité</translation>
    </message>
    <message>
        <source>separator</source>
        <translation>séparateur</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>chiffres significatifs</translation>
    </message>
    <message>
        <source>columnMode</source>
        <translation>colonnes</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>could not be saved ({value})</source>
        <extracomment>What FruitNet&apos;s own temporary files and folders are called, and nothing else is: ``.NAME.fruitnet-PID-XXXXXXXX.tmp`` (a save in progress) and ``.NAME.fruitnet-partial-PID-XXXXXXXX`` (an image folder being exported). A leftover older than this is removed even if its process seems to run (its number may have been given to another process since). The name of the target kept in a temporary name (the name limit is 255 bytes).</extracomment>
        <translation>n&apos;a pas pu être enregistré ({value})</translation>
    </message>
    <message>
        <source>cannot be saved: it holds text that is not valid UTF-8</source>
        <translation>ne peut pas être enregistré : il contient du texte qui n&apos;est pas de l&apos;UTF-8 valide</translation>
    </message>
    <message>
        <source>cannot save here ({value})</source>
        <translation>impossible d&apos;enregistrer ici ({value})</translation>
    </message>
    <message>
        <source>is a folder; give the name of a file to save</source>
        <translation>est un dossier ; donnez le nom d&apos;un fichier à enregistrer</translation>
    </message>
    <message>
        <source>is not a regular file; give the name of a file to save</source>
        <translation>n&apos;est pas un fichier ordinaire ; donnez le nom d&apos;un fichier à enregistrer</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ce fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device?)</source>
        <translation>n&apos;est pas un fichier ordinaire (un tube ou un périphérique ?)</translation>
    </message>
    <message>
        <source>the file is {megabytes}, larger than the limit of {megabytes2}</source>
        <translation>le fichier fait {megabytes}, plus que la limite de {megabytes2}</translation>
    </message>
    <message>
        <source>the image is {width}×{height} pixels, larger than the limit of {value} million pixels</source>
        <extracomment>An image larger than this many times the grid (each way) is first reduced by a whole factor in Pillow, so that a photo is never held as millions of float64 values.</extracomment>
        <translation>l&apos;image fait {width}×{height} pixels, plus que la limite de {value} millions de pixels</translation>
    </message>
    <message>
        <source>the image is larger than the limit of {value} million pixels (it is refused undecoded)</source>
        <translation>l&apos;image dépasse la limite de {value} millions de pixels (elle est refusée sans être décodée)</translation>
    </message>
    <message>
        <source>cannot be read as an image (not an image Pillow can read)</source>
        <translation>ne peut pas être lu comme une image (pas une image que Pillow sait lire)</translation>
    </message>
    <message>
        <source>cannot be read as an image ({reason})</source>
        <translation>ne peut pas être lu comme une image ({reason})</translation>
    </message>
    <message>
        <source>the folder&apos;s name is not UTF-8 text, so it cannot name a class; rename it</source>
        <translation>le nom du dossier n&apos;est pas du texte UTF-8, il ne peut donc pas nommer une classe ; renommez-le</translation>
    </message>
    <message>
        <source>cannot name a class ({exc})</source>
        <translation>ne peut pas nommer une classe ({exc})</translation>
    </message>
    <message>
        <source>{n} of {total} images were scaled down to the {rows}×{cols} grid (the largest was {w}×{h} pixels)</source>
        <translation>{n} images sur {total} ont été réduites à la grille de {rows}×{cols} (la plus grande faisait {w}×{h} pixels)</translation>
    </message>
    <message>
        <source>{n} of {total} images were scaled to the {rows}×{cols} grid (the largest was {w}×{h} pixels)</source>
        <translation>{n} images sur {total} ont été mises à l&apos;échelle de la grille de {rows}×{cols} (la plus grande faisait {w}×{h} pixels)</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>ce dossier n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot be read ({value})</source>
        <translation>ne peut pas être lu ({value})</translation>
    </message>
    <message>
        <source>has no class sub-folders (expected one folder of images per class, e.g. &apos;red apple&apos; and &apos;tomato&apos;)</source>
        <translation>n&apos;a pas de sous-dossiers de classes (attendu : un dossier d&apos;images par classe, p. ex. &apos;red apple&apos; et &apos;tomato&apos;)</translation>
    </message>
    <message>
        <source>holds more than the limit of {max_samples} images</source>
        <translation>contient plus que la limite de {max_samples} images</translation>
    </message>
    <message>
        <source>the class name {_quoted} cannot be used as a folder name (no / \ : * ? &quot; &lt; &gt; |, no leading dot or spaces)</source>
        <translation>le nom de classe {_quoted} ne peut pas servir de nom de dossier (pas de / \ : * ? &quot; &lt; &gt; |, ni de point ou d&apos;espaces au début)</translation>
    </message>
    <message>
        <source>a dataset of features holds no images; export it as CSV or JSON instead</source>
        <translation>un jeu de variables ne contient pas d&apos;images ; exportez-le plutôt en CSV ou en JSON</translation>
    </message>
    <message>
        <source>an image folder keeps only labels, and this dataset has soft targets; export it as CSV or JSON to keep them</source>
        <translation>un dossier d&apos;images ne garde que les étiquettes, et ce jeu de données a des cibles graduées ; exportez-le en CSV ou en JSON pour les garder</translation>
    </message>
    <message>
        <source>is a file, not a folder</source>
        <translation>est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>is not empty; choose a new or empty folder so old images do not mix with the exported ones</source>
        <translation>n&apos;est pas vide ; choisissez un dossier nouveau ou vide pour que d&apos;anciennes images ne se mêlent pas aux images exportées</translation>
    </message>
    <message>
        <source>cannot create the folders ({value})</source>
        <translation>impossible de créer les dossiers ({value})</translation>
    </message>
    <message>
        <source>cannot write the images ({value}); nothing was exported</source>
        <translation>impossible d&apos;écrire les images ({value}) ; rien n&apos;a été exporté</translation>
    </message>
    <message>
        <source>the file is larger than the limit of {megabytes}</source>
        <translation>le fichier dépasse la limite de {megabytes}</translation>
    </message>
    <message>
        <source>not a text file (it is not UTF-8)</source>
        <translation>pas un fichier texte (ce n&apos;est pas de l&apos;UTF-8)</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was changed</source>
        <translation>l&apos;importation a été annulée ; rien n&apos;a changé</translation>
    </message>
    <message>
        <source>only a Dataset can be exported, not {__name__}</source>
        <translation>seul un Dataset peut être exporté, pas {__name__}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <extracomment>Larger files are refused before they are read: the biggest sensible dataset here is tens of thousands of 6×6 images, a few megabytes of JSON. What a whole number of more digits than :data:`~fruitnet_gui.model.net.limits.MAX_DIGITS` is read as: too large for anything in a FruitNet file, so the check of the value it stands for refuses it and names where it is.</extracomment>
        <translation>{n} octets</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} Mo</translation>
    </message>
    <message>
        <source>the key {key} appears twice in one object</source>
        <translation>la clé {key} apparaît deux fois dans un même objet</translation>
    </message>
    <message>
        <source>{value} is not allowed; every number must be finite</source>
        <translation>{value} n&apos;est pas permis ; chaque nombre doit être fini</translation>
    </message>
    <message>
        <source>not valid JSON ({msg} at line {lineno}, column {colno})</source>
        <translation>JSON non valide ({msg} à la ligne {lineno}, colonne {colno})</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>le JSON est imbriqué trop profondément</translation>
    </message>
    <message>
        <source>the text {text}</source>
        <extracomment>The window&apos;s panels a lesson may show (the others are hidden). What a lesson may lock: editing weights, changing the sample, switching or opening a network, training, changing the conventions, leaving practice mode. The iteration the file was checked against when it was read (None once used): opening the lesson adopts it rather than building it again.</extracomment>
        <translation>le texte {text}</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a lesson file holds one JSON object {{...}}, this one holds {data}</source>
        <translation>un fichier de leçon contient un objet JSON {{...}}, celui-ci contient {data}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>not a FruitNet lesson: &quot;format&quot; is {got}, not &quot;{format}&quot;</source>
        <translation>pas une leçon FruitNet : &quot;format&quot; vaut {got}, pas &quot;{format}&quot;</translation>
    </message>
    <message>
        <source>the version must be a whole number such as 1, got {version}</source>
        <translation>la version doit être un nombre entier comme 1, reçu {version}</translation>
    </message>
    <message>
        <source>was written by a newer FruitNet (lesson version {version}); this one reads 1</source>
        <translation>a été écrit par un FruitNet plus récent (version de leçon {version}) ; celui-ci lit la version 1</translation>
    </message>
    <message>
        <source>lesson version {version} is unknown; this FruitNet reads version 1</source>
        <translation>la version de leçon {version} est inconnue ; ce FruitNet lit la version 1</translation>
    </message>
    <message>
        <source>unknown key {key}; a lesson has only {keys}</source>
        <translation>clé inconnue {key} ; une leçon n&apos;a que {keys}</translation>
    </message>
    <message>
        <source>the required key &quot;{key}&quot; is missing</source>
        <translation>la clé obligatoire &quot;{key}&quot; manque</translation>
    </message>
    <message>
        <source>the title must be one line of text of at most {max_title} characters</source>
        <translation>le titre doit être une ligne de texte d&apos;au plus {max_title} caractères</translation>
    </message>
    <message>
        <source>{file} (model)</source>
        <translation>{file} (modèle)</translation>
    </message>
    <message>
        <source>pencil must be null (exact) or 0 to 12 decimals, got {pencil}</source>
        <translation>pencil doit valoir null (exact) ou de 0 à 12 décimales, reçu {pencil}</translation>
    </message>
    <message>
        <source>level must be one of {join}, got {level}</source>
        <translation>level doit être l&apos;un de {join}, reçu {level}</translation>
    </message>
    <message>
        <source>position must be a whole number from 0 to {it}, got {position}</source>
        <translation>position doit être un nombre entier de 0 à {it}, reçu {position}</translation>
    </message>
    <message>
        <source>practice must be true or false, got {practice}</source>
        <translation>practice doit valoir true ou false, reçu {practice}</translation>
    </message>
    <message>
        <source>questions: this lesson&apos;s iteration has no sub-step {q}</source>
        <translation>questions : l&apos;itération de cette leçon n&apos;a pas de sous-étape {q}</translation>
    </message>
    <message>
        <source>notes must be an object of sub-step name: text, got {notes}</source>
        <translation>notes doit être un objet nom de sous-étape : texte, reçu {notes}</translation>
    </message>
    <message>
        <source>notes: this lesson&apos;s iteration has no sub-step {name}</source>
        <translation>notes : l&apos;itération de cette leçon n&apos;a pas de sous-étape {name}</translation>
    </message>
    <message>
        <source>notes[{name}] must be a text of 1 to {max_note} characters</source>
        <translation>notes[{name}] doit être un texte de 1 à {max_note} caractères</translation>
    </message>
    <message>
        <source>sample must be an object with exactly &quot;input&quot; and &quot;target&quot;</source>
        <translation>sample doit être un objet avec exactement &quot;input&quot; et &quot;target&quot;</translation>
    </message>
    <message>
        <source>sample.{key} must be a list of {n} numbers for this network</source>
        <translation>sample.{key} doit être une liste de {n} nombres pour ce réseau</translation>
    </message>
    <message>
        <source>sample: {problem}</source>
        <translation>sample : {problem}</translation>
    </message>
    <message>
        <source>{key} must be a list of names, got {value}</source>
        <translation>{key} doit être une liste de noms, reçu {value}</translation>
    </message>
    <message>
        <source>{key} names something twice</source>
        <translation>{key} nomme quelque chose deux fois</translation>
    </message>
    <message>
        <source>{key}: {v} is not one of {join}</source>
        <translation>{key} : {v} ne fait pas partie de {join}</translation>
    </message>
    <message>
        <source>{file}: {detail}</source>
        <extracomment>A file name is shown whole up to this length, else its start and its end. The longest message: room is left for the command&apos;s &quot;fruitnet train: &quot; before it, so that the printed line too stays under MAX_MESSAGE characters. Characters that reorder the text around them (a name could pretend to be another).</extracomment>
        <translation>{file} : {detail}</translation>
    </message>
    <message>
        <source>{program}: {message}</source>
        <translation>{program} : {message}</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>PyQtGraph</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Auto Pan Only</source>
        <translation>Suivre sans changer d&apos;échelle</translation>
    </message>
    <message>
        <source>Visible Data Only</source>
        <translation>Données visibles seulement</translation>
    </message>
    <message>
        <source>Invert Axis</source>
        <translation>Inverser l&apos;axe</translation>
    </message>
    <message>
        <source>Mouse Enabled</source>
        <translation>Souris active</translation>
    </message>
    <message>
        <source>Link Axis:</source>
        <translation>Lier l&apos;axe à :</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Automatically resize this axis whenever the displayed data is changed.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Ajuste cet axe automatiquement chaque fois que les données affichées changent.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Enables mouse interaction (panning, scaling) for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Permet de déplacer et d&apos;agrandir cet axe à la souris.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Inverts the display of this axis. (+y points downward instead of upward)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Inverse le sens de cet axe (+y vers le bas au lieu du haut).&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Links this axis with another view. When linked, both views will display the same data range.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Lie cet axe à un autre graphique : les deux montrent alors le même intervalle.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Maximum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;La plus grande valeur affichée sur cet axe.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Minimum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;La plus petite valeur affichée sur cet axe.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Percent of data to be visible when auto-scaling. It may be useful to decrease this value for data with spiky noise.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Pourcentage des données visibles en mode automatique. Le réduire aide quand quelques valeurs isolées sont très grandes.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Set the range for this axis manually. This disables automatic scaling. &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Choisir l&apos;intervalle de cet axe à la main (l&apos;échelle automatique est alors désactivée).&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will automatically pan to center on the current data, but the scale along this axis will not change.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Coché, l&apos;axe se déplace pour centrer les données actuelles, sans changer d&apos;échelle.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will only auto-scale to data that is visible along the orthogonal axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Coché, l&apos;échelle automatique ne tient compte que des données visibles le long de l&apos;autre axe.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Item to export:</source>
        <translation>Partie à exporter :</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Export options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>FormulaView</name>
    <message>
        <source>net input</source>
        <translation>entrée nette</translation>
    </message>
    <message>
        <source>activation (sigmoid)</source>
        <translation>activation (sigmoïde)</translation>
    </message>
    <message>
        <source>error of one output</source>
        <translation>erreur d&apos;une sortie</translation>
    </message>
    <message>
        <source>total error</source>
        <translation>erreur totale</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>gradient</translation>
    </message>
    <message>
        <source>new weight</source>
        <translation>nouveau poids</translation>
    </message>
    <message>
        <source>factor: how the error depends on the output</source>
        <translation>facteur : comment l&apos;erreur dépend de la sortie</translation>
    </message>
    <message>
        <source>factor: the sigmoid&apos;s slope</source>
        <translation>facteur : la pente de la sigmoïde</translation>
    </message>
    <message>
        <source>factor: the node&apos;s error term</source>
        <translation>facteur : le terme d&apos;erreur du nœud</translation>
    </message>
    <message>
        <source>factor: error coming back from one output</source>
        <translation>facteur : l&apos;erreur qui revient d&apos;une sortie</translation>
    </message>
    <message>
        <source>factor: what the weight multiplies</source>
        <translation>facteur : ce que le poids multiplie</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Grandeur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Paper prints</source>
        <translation>Dans l&apos;article</translation>
    </message>
    <message>
        <source>Formula of the current sub-step</source>
        <translation>Formule de la sous-étape en cours</translation>
    </message>
    <message>
        <source>Value of the current sub-step</source>
        <translation>Valeur de la sous-étape en cours</translation>
    </message>
    <message>
        <source>Formula, numbers and explanation</source>
        <translation>Formule, nombres et explication</translation>
    </message>
    <message>
        <source>Every value revealed so far. Double-click a row to go back to it.</source>
        <translation>Toutes les valeurs révélées jusqu&apos;ici. Double-cliquez sur une ligne pour y revenir.</translation>
    </message>
    <message>
        <source>Every value revealed so far</source>
        <translation>Toutes les valeurs révélées jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Step {number} · {phase} · {kind} · {shown} of {total} · your answer?</source>
        <translation>Étape {number} · {phase} · {kind} · {shown} sur {total} · votre réponse ?</translation>
    </message>
    <message>
        <source>Press Step again to show the numbers and the value.</source>
        <translation>Appuyez de nouveau sur Avancer pour montrer les nombres et la valeur.</translation>
    </message>
    <message>
        <source>Step {number} · {phase} · {kind} · {shown} of {total}</source>
        <translation>Étape {number} · {phase} · {kind} · {shown} sur {total}</translation>
    </message>
    <message>
        <source>Note.</source>
        <translation>Remarque.</translation>
    </message>
    <message>
        <source>Teacher&apos;s note.</source>
        <translation>Note de l&apos;enseignant.</translation>
    </message>
    <message>
        <source>No sub-step revealed yet. Press Step (Right or Space).</source>
        <translation>Aucune sous-étape révélée pour l&apos;instant. Appuyez sur Avancer (Droite ou Espace).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gradient check.&lt;/b&gt; (E(w + ε) − E(w − ε)) / 2ε with ε = {epsilon} and w = {name}: {difference}; backpropagation: {backprop}; relative difference {relative}. </source>
        <translation>&lt;b&gt;Vérification du gradient.&lt;/b&gt; (E(w + ε) − E(w − ε)) / 2ε avec ε = {epsilon} et w = {name} : {difference} ; rétropropagation : {backprop} ; écart relatif {relative}. </translation>
    </message>
    <message>
        <source>&lt;b&gt;Iteration complete.&lt;/b&gt; Press &lt;b&gt;Next iteration&lt;/b&gt; (N) to go round again on the same sample with the new weights.</source>
        <translation>&lt;b&gt;Itération terminée.&lt;/b&gt; Appuyez sur &lt;b&gt;Itération suivante&lt;/b&gt; (N) pour refaire un tour sur le même exemple avec les nouveaux poids.</translation>
    </message>
    <message numerus="yes">
        <source>Iteration {iteration} · %n sub-step(s) to go</source>
        <translation>
            <numerusform>Itération {iteration} · %n sous-étape à venir</numerusform>
            <numerusform>Itération {iteration} · %n sous-étapes à venir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphicsScene</name>
    <message>
        <source>Export...</source>
        <translation>Exporter…</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>
&lt;h3&gt;How to read this window&lt;/h3&gt;
&lt;p&gt;FruitNet does one training iteration the way the worked example
&lt;i&gt;Artificial Neural Networks: Behind the scenes&lt;/i&gt; does it with paper and pencil,
one sub-step at a time.&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Input&lt;/b&gt; (left): the sample. The paper&apos;s network has two inputs
{inputs}; the fruit classifier a 6×6 gray image.
Hover a pixel to see its input node.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Network&lt;/b&gt; (middle): nodes filled by their value, edges coloured by the sign
of their weight and as thick as its size. The quantity just computed is highlighted.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Formula&lt;/b&gt; (right): the sub-step in symbols, then with the numbers put in,
then its value, and what it means. The table below keeps every value revealed so far,
grouped like the paper&apos;s Steps 2 to 5; double-click a row to go back to it.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Error&lt;/b&gt; (left, below): E&lt;sub&gt;total&lt;/sub&gt; after each finished iteration.
Press &lt;b&gt;Next iteration&lt;/b&gt; to see it fall.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;&lt;b&gt;Keys:&lt;/b&gt; → or Space step, ← back, Home reset, End finish the iteration,
Ctrl+→ run to the end of the phase, P play/pause, N next iteration.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Step reveals&lt;/b&gt; chooses how much one step shows: each quantity, each node
(net and out together), each layer, each phase, or the whole iteration.
&lt;b&gt;Pencil mode&lt;/b&gt; rounds every intermediate as a person does by hand; with 4
decimals it reproduces the paper&apos;s printed node values digit for digit; where the
paper still differs, the note under the formula says why.&lt;/p&gt;
</source>
        <translation>
&lt;h3&gt;Comment lire cette fenêtre&lt;/h3&gt;
&lt;p&gt;FruitNet fait une itération d&apos;entraînement comme l&apos;exemple traité
&lt;i&gt;Artificial Neural Networks: Behind the scenes&lt;/i&gt; la fait avec papier et crayon,
une sous-étape à la fois.&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Entrée&lt;/b&gt; (à gauche) : l&apos;exemple. Le réseau de l&apos;article a deux entrées
{inputs} ; le classifieur de fruits, une image en niveaux de gris de 6×6.
Survolez un pixel pour voir son nœud d&apos;entrée.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Réseau&lt;/b&gt; (au milieu) : les nœuds sont remplis selon leur valeur, les arêtes
colorées selon le signe de leur poids et d&apos;autant plus épaisses qu&apos;il est grand. La
grandeur qui vient d&apos;être calculée est mise en évidence.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Formule&lt;/b&gt; (à droite) : la sous-étape en symboles, puis avec les nombres, puis
sa valeur, et ce qu&apos;elle signifie. Le tableau du dessous garde toutes les valeurs
révélées jusqu&apos;ici, groupées comme les étapes 2 à 5 de l&apos;article ; double-cliquez sur une
ligne pour y revenir.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Erreur&lt;/b&gt; (à gauche, en bas) : E&lt;sub&gt;total&lt;/sub&gt; après chaque itération terminée.
Appuyez sur &lt;b&gt;Itération suivante&lt;/b&gt; pour la voir diminuer.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;&lt;b&gt;Touches :&lt;/b&gt; → ou Espace avancer, ← reculer, Début recommencer, Fin terminer
l&apos;itération, Ctrl+→ aller jusqu&apos;à la fin de la phase, P lecture/pause, N itération
suivante.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Une étape révèle&lt;/b&gt; choisit ce que montre un pas : chaque grandeur, chaque nœud
(net et out ensemble), chaque couche, chaque phase ou toute l&apos;itération.
Le &lt;b&gt;calcul à la main&lt;/b&gt; arrondit chaque résultat intermédiaire comme on le fait à la
main ; avec 4 décimales, il reproduit chiffre pour chiffre les valeurs des nœuds imprimées
dans l&apos;article ; là où l&apos;article diffère encore, la remarque sous la formule explique
pourquoi.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>
&lt;h3&gt;FruitNet&lt;/h3&gt;
&lt;p&gt;Watch and check backpropagation, one sub-step at a time.&lt;/p&gt;
&lt;p&gt;Every number follows the worked example &lt;i&gt;Artificial Neural Networks: Behind the
scenes&lt;/i&gt; by Abir Eltaief (forward propagation, total error, backpropagation,
weight update), computed exactly, or rounded like the paper in pencil mode.&lt;/p&gt;
</source>
        <translation>
&lt;h3&gt;FruitNet&lt;/h3&gt;
&lt;p&gt;Voir et vérifier la rétropropagation, une sous-étape à la fois.&lt;/p&gt;
&lt;p&gt;Chaque nombre suit l&apos;exemple traité &lt;i&gt;Artificial Neural Networks: Behind the
scenes&lt;/i&gt; d&apos;Abir Eltaief (propagation avant, erreur totale, rétropropagation,
mise à jour des poids), calculé exactement, ou arrondi comme dans l&apos;article en calcul
à la main.&lt;/p&gt;
</translation>
    </message>
</context>
<context>
    <name>HiddenWeightsView</name>
    <message>
        <source>Hidden weights: each hidden node&apos;s incoming weights</source>
        <extracomment>A printed weight on its own tile: the tile&apos;s colours are the data&apos;s (white is 0) in every theme, so the text on them is dark (or white on a deep colour).</extracomment>
        <translation>Poids cachés : les poids qui entrent dans chaque nœud caché</translation>
    </message>
    <message>
        <source>Each hidden node&apos;s incoming weights drawn as an image of the input</source>
        <translation>Les poids qui entrent dans chaque nœud caché, dessinés comme une image de l&apos;entrée</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>Tab</source>
        <extracomment>What the canvas&apos;s own keys do (Help → Keyboard lists them with the window&apos;s actions).</extracomment>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Network canvas: take the focus (then Up/Down, Enter)</source>
        <translation>Réseau : prendre le focus (puis Haut/Bas, Entrée)</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Haut, Bas</translation>
    </message>
    <message>
        <source>Network canvas: choose the previous or next weight</source>
        <translation>Réseau : choisir le poids précédent ou suivant</translation>
    </message>
    <message>
        <source>Enter, F2</source>
        <translation>Entrée, F2</translation>
    </message>
    <message>
        <source>Network canvas: edit the chosen weight</source>
        <translation>Réseau : modifier le poids choisi</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Network canvas: let go of the chosen weight, or cancel an edit</source>
        <translation>Réseau : lâcher le poids choisi, ou annuler une modification</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <extracomment>Keys that are not a menu action&apos;s: the window&apos;s own, and those of its views.</extracomment>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next or previous control or view</source>
        <translation>Déplacer le focus du clavier vers la commande ou la vue suivante ou précédente</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + lettre soulignée</translation>
    </message>
    <message>
        <source>Open a menu (Alt+F File, Alt+S Step, Alt+V View …)</source>
        <translation>Ouvrir un menu (Alt+F Fichier, Alt+T Étape, Alt+A Affichage …)</translation>
    </message>
    <message>
        <source>Arrow keys on a dock&apos;s tabs</source>
        <translation>Flèches sur les onglets d&apos;un panneau</translation>
    </message>
    <message>
        <source>Show another tab: Formula, Dataset, Training …</source>
        <translation>Montrer un autre onglet : Formule, Données, Entraînement …</translation>
    </message>
    <message>
        <source>Arrow keys, Space</source>
        <translation>Flèches, Espace</translation>
    </message>
    <message>
        <source>Input pixels: choose a pixel, paint it with the ink</source>
        <translation>Pixels d&apos;entrée : choisir un pixel, le peindre avec l&apos;encre</translation>
    </message>
    <message>
        <source>Delete, Enter</source>
        <translation>Suppr, Entrée</translation>
    </message>
    <message>
        <source>Input pixels: clear the pixel, or type its value</source>
        <translation>Pixels d&apos;entrée : effacer le pixel, ou taper sa valeur</translation>
    </message>
    <message>
        <source>Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y</source>
        <translation>Ctrl+Z, Ctrl+Maj+Z, Ctrl+Y</translation>
    </message>
    <message>
        <source>Input pixels: undo, redo</source>
        <translation>Pixels d&apos;entrée : annuler, rétablir</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Your turn: check the value typed</source>
        <translation>À vous : vérifier la valeur tapée</translation>
    </message>
    <message>
        <source>Up, Down, Enter</source>
        <translation>Haut, Bas, Entrée</translation>
    </message>
    <message>
        <source>Table of values: choose a row, go back to it</source>
        <translation>Tableau des valeurs : choisir une ligne, y revenir</translation>
    </message>
    <message>
        <source>{action}: {tip}</source>
        <translation>{action} : {tip}</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <source>Error landscape</source>
        <translation>Paysage de l&apos;erreur</translation>
    </message>
    <message>
        <source>The total error over two chosen weights, the gradient and the path</source>
        <translation>L&apos;erreur totale sur deux poids choisis, le gradient et le chemin</translation>
    </message>
    <message>
        <source>Error over two weights</source>
        <translation>Erreur sur deux poids</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>FruitNet lessons (*.fnlesson);;All files (*)</source>
        <translation>Leçons FruitNet (*.fnlesson);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>lock editing the weights</source>
        <translation>bloquer la modification des poids</translation>
    </message>
    <message>
        <source>lock changing the sample</source>
        <translation>bloquer le changement d&apos;exemple</translation>
    </message>
    <message>
        <source>lock switching or opening a network</source>
        <translation>bloquer le changement ou l&apos;ouverture d&apos;un réseau</translation>
    </message>
    <message>
        <source>lock training</source>
        <translation>bloquer l&apos;entraînement</translation>
    </message>
    <message>
        <source>lock changing η or the conventions</source>
        <translation>bloquer le changement de η ou des conventions</translation>
    </message>
    <message>
        <source>lock leaving Your turn</source>
        <translation>bloquer la sortie du mode À vous</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Ouvrir une leçon</translation>
    </message>
    <message>
        <source>Lesson: {title}</source>
        <translation>Leçon : {title}</translation>
    </message>
    <message>
        <source>No lesson is open (File → Open lesson…).</source>
        <translation>Aucune leçon n&apos;est ouverte (Fichier → Ouvrir une leçon…).</translation>
    </message>
    <message>
        <source>Step to a sub-step first: a note belongs to one.</source>
        <translation>Avancez d&apos;abord jusqu&apos;à une sous-étape : une note appartient à l&apos;une d&apos;elles.</translation>
    </message>
    <message>
        <source>Note for this sub-step</source>
        <translation>Note pour cette sous-étape</translation>
    </message>
    <message>
        <source>A note shown at {name}:</source>
        <translation>Une note montrée à {name} :</translation>
    </message>
    <message>
        <source>Save as lesson</source>
        <translation>Enregistrer comme leçon</translation>
    </message>
    <message>
        <source>Saved the lesson {path}</source>
        <translation>Leçon enregistrée : {path}</translation>
    </message>
    <message>
        <source>e.g. Why inner weights collect error from both outputs</source>
        <translation>p. ex. Pourquoi les poids intérieurs recueillent l&apos;erreur des deux sorties</translation>
    </message>
    <message>
        <source>start in Your turn (the class types the values)</source>
        <translation>commencer en mode À vous (la classe tape les valeurs)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Expecting value</source>
        <extracomment>What Python&apos;s json and csv readers say of a bad file (their own English), so that &quot;not valid JSON (Expecting value at line 1, column 1)&quot; is said whole in French too.</extracomment>
        <translation>valeur attendue</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>séparateur &apos;,&apos; attendu</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>séparateur &apos;:&apos; attendu</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>nom de propriété entre guillemets droits attendu</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>données en trop</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>chaîne non terminée commençant à</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>caractère de contrôle non valide à</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>échappement \ non valide</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>échappement \uXXXX non valide</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of object</source>
        <translation>virgule en trop avant la fin de l&apos;objet</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of array</source>
        <translation>virgule en trop avant la fin du tableau</translation>
    </message>
    <message>
        <source>unexpected end of data</source>
        <translation>fin des données inattendue</translation>
    </message>
    <message>
        <source>&apos;,&apos; expected after &apos;&quot;&apos;</source>
        <translation>&apos;,&apos; attendu après &apos;&quot;&apos;</translation>
    </message>
    <message>
        <source>line contains NUL</source>
        <translation>la ligne contient un caractère NUL</translation>
    </message>
    <message>
        <source>new-line character seen in unquoted field</source>
        <translation>saut de ligne dans un champ sans guillemets</translation>
    </message>
    <message>
        <source>field larger than field limit</source>
        <translation>champ plus grand que la limite des champs</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Input</source>
        <extracomment>The docks&apos; titles, by object name.</extracomment>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Training curves</source>
        <translation>Courbes d&apos;entraînement</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Hidden weights</source>
        <translation>Poids cachés</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>Confusion</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Data</source>
        <extracomment>Tab names where the whole ones would not all fit (by dock object name).</extracomment>
        <translation>Données</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>FruitNet models (*.json);;All files (*)</source>
        <translation>Modèles FruitNet (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>paper example 2-2-2</source>
        <translation>exemple de l&apos;article 2-2-2</translation>
    </message>
    <message>
        <source>fruit classifier 36-36-2</source>
        <translation>classifieur de fruits 36-36-2</translation>
    </message>
    <message>
        <source>Backpropagation step by step; Help → Keyboard lists every key</source>
        <extracomment>View → Size: how large everything is drawn, from the next start (QT_SCALE_FACTOR). What ``fruitnet-gui --scale`` and the setting may ask for. Bump when the docks change, so an old saved layout is not applied to new docks. While training, the canvas follows the weights at most this often: a full redraw of 1406 edges costs ~10 ms of the GUI thread, which training shares (the GIL). How long after the window shows the training process is started. Seed of the fruit classifier&apos;s start weights (``--seed``), for the Network menu.</extracomment>
        <translation>La rétropropagation pas à pas ; Aide → Clavier liste toutes les touches</translation>
    </message>
    <message>
        <source>Stepper</source>
        <translation>Pas à pas</translation>
    </message>
    <message>
        <source>→ Step   ← Back   Home Reset   End Finish   P Play   N Next</source>
        <extracomment>The status bar&apos;s reminder of the stepper&apos;s keys.</extracomment>
        <translation>→ Avancer   ← Reculer   Début Recommencer   Fin Terminer   P Lecture   N Suivante</translation>
    </message>
    <message>
        <source>Keys (all of them in Help → Keyboard)</source>
        <translation>Touches (toutes dans Aide → Clavier)</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>Ouvrir un modèle</translation>
    </message>
    <message>
        <source>Cannot open the model</source>
        <translation>Impossible d&apos;ouvrir le modèle</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>Ouvert : {path}</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Cannot save the model</source>
        <translation>Impossible d&apos;enregistrer le modèle</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message>
        <source>The window would not fit this screen</source>
        <translation>La fenêtre ne tiendrait pas sur cet écran</translation>
    </message>
    <message>
        <source>Everything will be drawn at {percent} the next time FruitNet opens (or now: fruitnet-gui --scale {factor})</source>
        <translation>Tout sera dessiné à {percent} au prochain démarrage de FruitNet (ou dès maintenant : fruitnet-gui --scale {factor})</translation>
    </message>
    <message>
        <source>The remembered layout did not fit this screen ({why}); it was reset.</source>
        <translation>La disposition mémorisée ne convenait pas à cet écran ({why}) ; elle a été réinitialisée.</translation>
    </message>
    <message>
        <source>network {layers}</source>
        <translation>réseau {layers}</translation>
    </message>
    <message>
        <source>FruitNet — {what} — iteration {n}</source>
        <translation>FruitNet — {what} — itération {n}</translation>
    </message>
    <message>
        <source>Export picture</source>
        <translation>Exporter une image</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <source>Dar&amp;k colours</source>
        <translation>Couleurs &amp;sombres</translation>
    </message>
    <message>
        <source>Light text on a dark background, whatever the system&apos;s scheme</source>
        <translation>Texte clair sur fond sombre, quel que soit le thème du système</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Contraste élevé</translation>
    </message>
    <message>
        <source>White on black with bright colours: canvas, formulas and plots</source>
        <translation>Blanc sur noir avec des couleurs vives : réseau, formules et courbes</translation>
    </message>
    <message>
        <source>&amp;Keyboard</source>
        <translation>Cla&amp;vier</translation>
    </message>
    <message>
        <source>Every key FruitNet knows, and what it does</source>
        <translation>Toutes les touches que FruitNet connaît, et ce qu&apos;elles font</translation>
    </message>
    <message>
        <source>the window needed {needed}, the screen has {has}</source>
        <translation>la fenêtre demandait {needed}, l&apos;écran a {has}</translation>
    </message>
    <message>
        <source>the window was off the screen</source>
        <translation>la fenêtre était hors de l&apos;écran</translation>
    </message>
    <message>
        <source>the {panel} panel was off the screen</source>
        <translation>le panneau {panel} était hors de l&apos;écran</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Keep the decimal &amp;point (0.857)</source>
        <translation>Garder le point &amp;décimal (0.857)</translation>
    </message>
    <message>
        <source>Numbers with a point whatever the language, as on a calculator</source>
        <translation>Des nombres avec un point quelle que soit la langue, comme sur une calculatrice</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open model…</source>
        <translation>&amp;Ouvrir un modèle…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Save model…</source>
        <translation>&amp;Enregistrer le modèle…</translation>
    </message>
    <message>
        <source>Save the network as shown (old weights plus the updates revealed so far)</source>
        <translation>Enregistrer le réseau tel qu&apos;il est affiché (anciens poids plus les mises à jour révélées jusqu&apos;ici)</translation>
    </message>
    <message>
        <source>&amp;Export worksheet…</source>
        <translation>E&amp;xporter une fiche d&apos;exercices…</translation>
    </message>
    <message>
        <source>A blank worksheet and its answer key (PDF, HTML, Markdown), or one per student</source>
        <translation>Une fiche vierge et son corrigé (PDF, HTML, Markdown), ou une par élève</translation>
    </message>
    <message>
        <source>Open &amp;variant…</source>
        <translation>Ouvrir une &amp;variante…</translation>
    </message>
    <message>
        <source>The network and sample of a numbered worksheet</source>
        <translation>Le réseau et l&apos;exemple d&apos;une fiche numérotée</translation>
    </message>
    <message>
        <source>&amp;Check a hand calculation…</source>
        <translation>Vérifier un &amp;calcul à la main…</translation>
    </message>
    <message>
        <source>A CSV of name,value answers, checked against this network and sample</source>
        <translation>Un CSV de réponses nom,valeur, vérifié avec ce réseau et cet exemple</translation>
    </message>
    <message>
        <source>Export &amp;picture…</source>
        <translation>Exporter une &amp;image…</translation>
    </message>
    <message>
        <source>The network as drawn now, as PNG or SVG (for slides)</source>
        <translation>Le réseau tel qu&apos;il est dessiné, en PNG ou SVG (pour des diapositives)</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>Ouvrir une &amp;leçon…</translation>
    </message>
    <message>
        <source>The window as it is now (network, sample, position, panels, notes) as a lesson</source>
        <translation>La fenêtre telle qu&apos;elle est (réseau, exemple, position, panneaux, notes), comme leçon</translation>
    </message>
    <message>
        <source>&amp;Note for this sub-step…</source>
        <translation>&amp;Note pour cette sous-étape…</translation>
    </message>
    <message>
        <source>A teacher&apos;s note, shown when the class reaches it</source>
        <translation>Une note de l&apos;enseignant, montrée quand la classe y arrive</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Réseau</translation>
    </message>
    <message>
        <source>&amp;Paper example 2-2-2</source>
        <translation>Exemple de l&apos;&amp;article 2-2-2</translation>
    </message>
    <message>
        <source>&amp;Fruit classifier 36-36-2</source>
        <translation>Classifieur de &amp;fruits 36-36-2</translation>
    </message>
    <message>
        <source>&amp;New network…</source>
        <translation>&amp;Nouveau réseau…</translation>
    </message>
    <message>
        <source>Design a network: layers, activations, output and error, starting weights</source>
        <translation>Concevoir un réseau : couches, activations, sortie et erreur, poids de départ</translation>
    </message>
    <message>
        <source>&amp;Conventions…</source>
        <translation>&amp;Conventions…</translation>
    </message>
    <message>
        <source>The error, bias and batch conventions of your textbook (the paper&apos;s by default)</source>
        <translation>Les conventions d&apos;erreur, de biais et de lot de votre manuel (celles de l&apos;article par défaut)</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>É&amp;tape</translation>
    </message>
    <message>
        <source>E&amp;xplore</source>
        <translation>E&amp;xplorer</translation>
    </message>
    <message>
        <source>&amp;Gradient check</source>
        <translation>Vérification du &amp;gradient</translation>
    </message>
    <message>
        <source>Beside each gradient, the central finite difference (E(w + ε) − E(w − ε)) / 2ε</source>
        <translation>À côté de chaque gradient, la différence finie centrée (E(w + ε) − E(w − ε)) / 2ε</translation>
    </message>
    <message>
        <source>Error &amp;landscape</source>
        <translation>&amp;Paysage de l&apos;erreur</translation>
    </message>
    <message>
        <source>&amp;Decision map (two inputs)</source>
        <translation>Carte de &amp;décision (deux entrées)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Reset &amp;layout</source>
        <translation>Réinitialiser la &amp;disposition</translation>
    </message>
    <message>
        <source>&amp;Size of everything (next start)</source>
        <translation>Taille de to&amp;ut (au prochain démarrage)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;How to read this</source>
        <translation>&amp;Comment lire cette fenêtre</translation>
    </message>
    <message>
        <source>How to read this</source>
        <translation>Comment lire cette fenêtre</translation>
    </message>
    <message>
        <source>&amp;About FruitNet</source>
        <translation>À pr&amp;opos de FruitNet</translation>
    </message>
    <message>
        <source>About FruitNet</source>
        <translation>À propos de FruitNet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>The weights as they were before the last edit, run or reset</source>
        <translation>Les poids d&apos;avant la dernière modification, le dernier essai ou le dernier retour aux poids initiaux</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>Annulé : {what}</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>Rétabli : {what}</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Annuler {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rétablir {what}</translation>
    </message>
    <message>
        <source>Reset to &amp;initial weights</source>
        <translation>Revenir aux poids &amp;initiaux</translation>
    </message>
    <message>
        <source>Save &amp;as lesson…</source>
        <translation>Enregistrer &amp;sous forme de leçon…</translation>
    </message>
    <message>
        <source>Res&amp;tart lesson</source>
        <translation>Reco&amp;mmencer la leçon</translation>
    </message>
    <message>
        <source>The weights the last run started from</source>
        <translation>Les poids dont le dernier essai est parti</translation>
    </message>
    <message>
        <source>Reset: the weights run {number} started from</source>
        <translation>Revenu : les poids dont l&apos;essai {number} est parti</translation>
    </message>
    <message>
        <source>Error landscape</source>
        <translation>Paysage de l&apos;erreur</translation>
    </message>
    <message>
        <source>Decision map</source>
        <translation>Carte de décision</translation>
    </message>
</context>
<context>
    <name>ModelFile</name>
    <message>
        <source>layers must be a list of node counts like [2, 2, 2], got {what}</source>
        <extracomment>Longer class names are surely not names (they would not fit anywhere on screen). Stands for a key that is absent (an explicit ``null`` is an error, not a default).</extracomment>
        <translation>layers doit être une liste de nombres de nœuds comme [2, 2, 2], reçu {what}</translation>
    </message>
    <message>
        <source>layers must have at least 3 entries (input, hidden and output layer), it has {n}</source>
        <translation>layers doit avoir au moins 3 entrées (couche d&apos;entrée, cachée et de sortie), il en a {n}</translation>
    </message>
    <message>
        <source>layers has {n} entries; FruitNet handles at most {most}</source>
        <translation>layers a {n} entrées ; FruitNet en gère au plus {most}</translation>
    </message>
    <message>
        <source>layers[{k}] must be at least 1 node, got {n}</source>
        <translation>layers[{k}] doit compter au moins 1 nœud, reçu {n}</translation>
    </message>
    <message>
        <source>layers[{k}] has {n} nodes; FruitNet handles at most {most} per layer</source>
        <translation>layers[{k}] a {n} nœuds ; FruitNet en gère au plus {most} par couche</translation>
    </message>
    <message>
        <source>weights must be a list of {n} matrices ({shape}), got {what}</source>
        <translation>weights doit être une liste de {n} matrices ({shape}), reçu {what}</translation>
    </message>
    <message>
        <source>weights must hold {n} matrices ({shape}), it has {has}</source>
        <translation>weights doit contenir {n} matrices ({shape}), il en a {has}</translation>
    </message>
    <message>
        <source>biases must be a list of {n} lists ({shape}), got {what}</source>
        <translation>biases doit être une liste de {n} listes ({shape}), reçu {what}</translation>
    </message>
    <message>
        <source>biases must hold {n} lists, one per layer after the input ({shape}), it has {has}</source>
        <translation>biases doit contenir {n} listes, une par couche après l&apos;entrée ({shape}), il en a {has}</translation>
    </message>
    <message>
        <source>{where} must be {rows}×{cols} ({shape}), got {what}</source>
        <translation>{where} doit être {rows}×{cols} ({shape}), reçu {what}</translation>
    </message>
    <message>
        <source>{where} must be {rows}×{cols} ({shape}), it has {has}</source>
        <translation>{where} doit être {rows}×{cols} ({shape}), il a {has}</translation>
    </message>
    <message>
        <source>{where} must be {rows}×{cols} ({shape}), row {i} is {what}</source>
        <translation>{where} doit être {rows}×{cols} ({shape}), la ligne {i} est {what}</translation>
    </message>
    <message>
        <source>{where} must be {rows}×{cols} ({shape}), row {i} has {has}</source>
        <translation>{where} doit être {rows}×{cols} ({shape}), la ligne {i} a {has}</translation>
    </message>
    <message>
        <source>{where} must be a number, got {what}</source>
        <translation>{where} doit être un nombre, reçu {what}</translation>
    </message>
    <message>
        <source>{where} must be a list of {n} numbers ({shape}), got {what}</source>
        <translation>{where} doit être une liste de {n} nombres ({shape}), reçu {what}</translation>
    </message>
    <message>
        <source>{where} must hold {count} ({shape}), it has {has}</source>
        <translation>{where} doit contenir {count} ({shape}), il en a {has}</translation>
    </message>
    <message>
        <source>{where} is too large a number; every number must be finite</source>
        <translation>{where} est un nombre trop grand ; chaque nombre doit être fini</translation>
    </message>
    <message>
        <source>{where} is {value}; weights lie between -{most} and {most}, so that no net input overflows</source>
        <translation>{where} vaut {value} ; les poids sont compris entre -{most} et {most}, pour qu&apos;aucune entrée nette ne déborde</translation>
    </message>
    <message>
        <source>learning_rate must be greater than 0, got {value}</source>
        <translation>learning_rate doit être supérieur à 0, reçu {value}</translation>
    </message>
    <message>
        <source>learning_rate {value} is too small to change any weight; use at least {least}</source>
        <translation>learning_rate {value} est trop petit pour changer un poids ; prenez au moins {least}</translation>
    </message>
    <message>
        <source>learning_rate must be at most {most}, got {value}</source>
        <translation>learning_rate doit valoir au plus {most}, reçu {value}</translation>
    </message>
    <message>
        <source>activation must be a text such as &quot;sigmoid&quot;, got {what}</source>
        <translation>activation doit être un texte comme &quot;sigmoid&quot;, reçu {what}</translation>
    </message>
    <message>
        <source>&quot;activations&quot; and &quot;loss&quot; need version 2 of the model format</source>
        <translation>&quot;activations&quot; et &quot;loss&quot; demandent la version 2 du format de modèle</translation>
    </message>
    <message>
        <source>activation &quot;{name}&quot; is not supported; FruitNet uses &quot;sigmoid&quot;</source>
        <translation>l&apos;activation &quot;{name}&quot; n&apos;est pas prise en charge ; FruitNet utilise &quot;sigmoid&quot;</translation>
    </message>
    <message>
        <source>activation &quot;{name}&quot; is not supported</source>
        <translation>l&apos;activation &quot;{name}&quot; n&apos;est pas prise en charge</translation>
    </message>
    <message>
        <source>activations must be a list of {n} names, got {what}</source>
        <translation>activations doit être une liste de {n} noms, reçu {what}</translation>
    </message>
    <message>
        <source>loss must be &quot;squared&quot; or &quot;cross_entropy&quot;, got {what}</source>
        <translation>loss doit être &quot;squared&quot; ou &quot;cross_entropy&quot;, reçu {what}</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} entrées</translation>
    </message>
    <message>
        <source>input_shape must be two numbers, rows and columns, like [6, 6], got {what}</source>
        <translation>input_shape doit être deux nombres, lignes et colonnes, comme [6, 6], reçu {what}</translation>
    </message>
    <message>
        <source>input_shape must be positive, got [{rows}, {cols}]</source>
        <translation>input_shape doit être positif, reçu [{rows}, {cols}]</translation>
    </message>
    <message>
        <source>input_shape [{rows}, {cols}] holds {n} inputs, but the input layer has {nodes} nodes</source>
        <translation>input_shape [{rows}, {cols}] contient {n} entrées, mais la couche d&apos;entrée a {nodes} nœuds</translation>
    </message>
    <message>
        <source>classes must be a list of {n} names, got {what}</source>
        <translation>classes doit être une liste de {n} noms, reçu {what}</translation>
    </message>
    <message>
        <source>classes must name each of the {nodes}, it has {names}</source>
        <translation>classes doit nommer chacun des {nodes}, il a {names}</translation>
    </message>
    <message>
        <source>classes[{k}] must be a name (text), got {what}</source>
        <translation>classes[{k}] doit être un nom (texte), reçu {what}</translation>
    </message>
    <message>
        <source>classes[{k}] is empty; every class needs a name</source>
        <translation>classes[{k}] est vide ; chaque classe demande un nom</translation>
    </message>
    <message>
        <source>classes[{k}] is {n} characters long; at most {most}</source>
        <translation>classes[{k}] fait {n} caractères ; au plus {most}</translation>
    </message>
    <message>
        <source>classes[{k}] holds a character that is not valid text</source>
        <translation>classes[{k}] contient un caractère qui n&apos;est pas du texte valide</translation>
    </message>
    <message>
        <source>the class name &quot;{name}&quot; appears twice in classes</source>
        <translation>le nom de classe « {name} » figure deux fois dans classes</translation>
    </message>
    <message>
        <source>{where} is {value}; it must lie between -{most} and {most}</source>
        <translation>{where} vaut {value} ; il doit être compris entre -{most} et {most}</translation>
    </message>
    <message>
        <source>{where} must be a whole number, got {what}</source>
        <translation>{where} doit être un nombre entier, reçu {what}</translation>
    </message>
    <message>
        <source>{where} is too large a number; it must be finite</source>
        <translation>{where} est un nombre trop grand ; il doit être fini</translation>
    </message>
    <message>
        <source>{start}… ({n} digits)</source>
        <translation>{start}… ({n} chiffres)</translation>
    </message>
    <message>
        <source>{n} row</source>
        <translation>{n} ligne</translation>
    </message>
    <message>
        <source>{n} value</source>
        <translation>{n} valeur</translation>
    </message>
    <message>
        <source>{n} name</source>
        <translation>{n} nom</translation>
    </message>
    <message>
        <source>{n} output node</source>
        <translation>{n} nœud de sortie</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} lignes</translation>
    </message>
    <message>
        <source>{n} values</source>
        <translation>{n} valeurs</translation>
    </message>
    <message>
        <source>{n} names</source>
        <translation>{n} noms</translation>
    </message>
    <message>
        <source>{n} output nodes</source>
        <translation>{n} nœuds de sortie</translation>
    </message>
    <message>
        <source>a huge number</source>
        <translation>un nombre énorme</translation>
    </message>
    <message>
        <source>the number {value}</source>
        <translation>le nombre {value}</translation>
    </message>
    <message>
        <source>the text &quot;{text}&quot;</source>
        <translation>le texte « {text} »</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a {type}</source>
        <translation>un {type}</translation>
    </message>
    <message>
        <source>cannot be saved: {where} holds NaN or infinity</source>
        <extracomment>The value of the ``&quot;format&quot;`` key of every model file. The file version this FruitNet writes; it reads this one and every older one.</extracomment>
        <translation>ne peut pas être enregistré : {where} contient NaN ou l&apos;infini</translation>
    </message>
    <message>
        <source>cannot be saved: {where} holds a value beyond ±{most}, the largest a model file holds</source>
        <translation>ne peut pas être enregistré : {where} contient une valeur au-delà de ±{most}, la plus grande qu&apos;un fichier de modèle contienne</translation>
    </message>
    <message>
        <source>cannot be saved: {where} is not a finite number</source>
        <translation>ne peut pas être enregistré : {where} n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>cannot be saved: a class name holds a character that is not valid text</source>
        <translation>ne peut pas être enregistré : un nom de classe contient un caractère qui n&apos;est pas du texte valide</translation>
    </message>
    <message>
        <source>cannot be saved ({reason})</source>
        <translation>ne peut pas être enregistré ({reason})</translation>
    </message>
    <message>
        <source>a model file holds one JSON object {{...}}, this one holds {what}</source>
        <translation>un fichier de modèle contient un objet JSON {{...}}, celui-ci contient {what}</translation>
    </message>
    <message>
        <source>a network without bias (&quot;bias&quot;: &quot;none&quot;) has no &quot;biases&quot; key</source>
        <translation>un réseau sans biais (&quot;bias&quot;: &quot;none&quot;) n&apos;a pas de clé &quot;biases&quot;</translation>
    </message>
    <message>
        <source>the required key &quot;{key}&quot; is missing</source>
        <translation>la clé obligatoire &quot;{key}&quot; manque</translation>
    </message>
    <message>
        <source>one bias weight per layer</source>
        <translation>un poids de biais par couche</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; needs version 2 of the model format; this file says version 1</source>
        <translation>&quot;{key}&quot; demande la version 2 du format de modèle ; ce fichier indique la version 1</translation>
    </message>
    <message>
        <source>{where} must be an object {{...}}, got {what}</source>
        <translation>{where} doit être un objet {{...}}, reçu {what}</translation>
    </message>
    <message>
        <source>not a FruitNet model file: it has no &quot;format&quot; key (expected &quot;{format}&quot;)</source>
        <translation>pas un fichier de modèle FruitNet : il n&apos;a pas de clé &quot;format&quot; (attendu : &quot;{format}&quot;)</translation>
    </message>
    <message>
        <source>this is a FruitNet dataset file, not a model file</source>
        <translation>c&apos;est un fichier de jeu de données FruitNet, pas un fichier de modèle</translation>
    </message>
    <message>
        <source>not a FruitNet model file: &quot;format&quot; is {what}, not &quot;{format}&quot;</source>
        <translation>pas un fichier de modèle FruitNet : &quot;format&quot; vaut {what}, pas &quot;{format}&quot;</translation>
    </message>
    <message>
        <source>the &quot;version&quot; key is missing</source>
        <translation>la clé &quot;version&quot; manque</translation>
    </message>
    <message>
        <source>the version must be a whole number such as 1, got {what}</source>
        <translation>la version doit être un nombre entier comme 1, reçu {what}</translation>
    </message>
    <message>
        <source>was written by a newer FruitNet (version {version}); this one reads version {newest}</source>
        <translation>a été écrit par un FruitNet plus récent (version {version}) ; celui-ci lit la version {newest}</translation>
    </message>
    <message>
        <source>version {version} is unknown; this FruitNet reads versions 1 and 2</source>
        <translation>la version {version} est inconnue ; ce FruitNet lit les versions 1 et 2</translation>
    </message>
    <message>
        <source>unknown key &quot;{key}&quot;; a model file has only the keys {keys}</source>
        <translation>clé inconnue &quot;{key}&quot; ; un fichier de modèle n&apos;a que les clés {keys}</translation>
    </message>
</context>
<context>
    <name>Naming</name>
    <message>
        <source>Nodes: inputs x1, x2, …, hidden h1, h2, …, outputs y1, y2, …</source>
        <translation>Nœuds : entrées x1, x2, …, cachés h1, h2, …, sorties y1, y2, …</translation>
    </message>
    <message>
        <source>Nodes: inputs x1, x2, …; hidden node j of hidden layer l is h&lt;l&gt;_&lt;j&gt; (h2_1 is node 1 of hidden layer 2, of {n}); outputs y1, y2, …</source>
        <translation>Nœuds : entrées x1, x2, … ; le nœud caché j de la couche cachée l est h&lt;l&gt;_&lt;j&gt; (h2_1 est le nœud 1 de la couche cachée 2, sur {n}) ; sorties y1, y2, …</translation>
    </message>
    <message>
        <source>Weights are numbered w1, w2, … layer by layer from the input, and within a layer row by row by source node (w1 is x1 → the first node, w2 is x1 → the second).</source>
        <translation>Les poids sont numérotés w1, w2, … couche par couche depuis l&apos;entrée, et dans une couche ligne par ligne selon le nœud de départ (w1 est x1 → le premier nœud, w2 est x1 → le deuxième).</translation>
    </message>
    <message>
        <source> Bias weights bw1, bw2, … follow the same order, one per node.</source>
        <translation> Les poids de biais bw1, bw2, … suivent le même ordre, un par nœud.</translation>
    </message>
    <message>
        <source> One bias weight per layer: bw1 feeds the first hidden layer, bw2 the next.</source>
        <translation> Un poids de biais par couche : bw1 alimente la première couche cachée, bw2 la suivante.</translation>
    </message>
    <message>
        <source> This network has no bias weights.</source>
        <translation> Ce réseau n&apos;a pas de poids de biais.</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>input layer</source>
        <translation>couche d&apos;entrée</translation>
    </message>
    <message>
        <source>output</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>output layer</source>
        <translation>couche de sortie</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>cachée</translation>
    </message>
    <message>
        <source>hidden layer</source>
        <translation>couche cachée</translation>
    </message>
    <message>
        <source>hidden {n}</source>
        <translation>cachée {n}</translation>
    </message>
    <message>
        <source>hidden layer {n}</source>
        <translation>couche cachée {n}</translation>
    </message>
</context>
<context>
    <name>NetworkCanvas</name>
    <message>
        <source>Network canvas</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>New value of {name}</source>
        <translation>Nouvelle valeur de {name}</translation>
    </message>
    <message>
        <source>A {layers} network. Up and Down choose a weight, Enter edits it.</source>
        <translation>Un réseau {layers}. Haut et Bas choisissent un poids, Entrée le modifie.</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>The paper prints w5_new = {printed}, but {line}: it dropped the minus sign. The gradient {gradient} is positive, so gradient descent must make w5 smaller, and {difference} is below zero.</source>
        <extracomment>Every number the paper prints in its Steps 2 to 5, as printed. The chain rule&apos;s factors the paper prints in Step 4, as printed. The inner gradients: the paper keeps the product of its rounded factors unrounded.</extracomment>
        <translation>L&apos;article imprime w5_new = {printed}, mais {line} : il a perdu le signe moins. Le gradient {gradient} est positif, donc la descente de gradient doit rendre w5 plus petit, et {difference} est négatif.</translation>
    </message>
    <message>
        <source>The paper prints E_total = {printed}, but its own rounded outputs give {line}: a small slip in its fifth decimal.</source>
        <translation>L&apos;article imprime E_total = {printed}, mais ses propres sorties arrondies donnent {line} : une petite erreur à la cinquième décimale.</translation>
    </message>
    <message>
        <source>Exact arithmetic gives {value} (from the unrounded gradient).</source>
        <translation>Le calcul exact donne {value} (à partir du gradient non arrondi).</translation>
    </message>
    <message>
        <source>Rounded to {n} decimals that is {value}.</source>
        <translation>Arrondi à {n} décimales, cela fait {value}.</translation>
    </message>
    <message>
        <source>Exact arithmetic gives {value}.</source>
        <translation>Le calcul exact donne {value}.</translation>
    </message>
    <message>
        <source>The paper prints {printed} here: the product of its rounded factors {factors}, left unrounded.</source>
        <translation>L&apos;article imprime ici {printed} : le produit de ses facteurs arrondis {factors}, laissé sans arrondi.</translation>
    </message>
    <message>
        <source>Exact arithmetic, from unrounded factors, gives the value shown.</source>
        <translation>Le calcul exact, à partir des facteurs non arrondis, donne la valeur affichée.</translation>
    </message>
    <message>
        <source>Pencil mode rounds it to {n} decimals, as it does every value.</source>
        <translation>Le calcul à la main l&apos;arrondit à {n} décimales, comme toutes les valeurs.</translation>
    </message>
    <message>
        <source>Pencil mode with 4 decimals rounds the way it did and gives its number.</source>
        <translation>Le calcul à la main avec 4 décimales arrondit comme l&apos;article et retrouve sa valeur.</translation>
    </message>
    <message>
        <source>The paper prints {printed} here. It worked by hand from intermediates rounded to 4 decimals, so its last digits differ from exact arithmetic.</source>
        <translation>L&apos;article imprime ici {printed}. Il a calculé à la main à partir de résultats intermédiaires arrondis à 4 décimales, si bien que ses derniers chiffres diffèrent du calcul exact.</translation>
    </message>
    <message>
        <source>The paper prints {printed} here: it rounds every intermediate to 4 decimals, this pencil mode to {n}.</source>
        <translation>L&apos;article imprime ici {printed} : il arrondit chaque résultat intermédiaire à 4 décimales, ce calcul à la main à {n} décimales.</translation>
    </message>
    <message>
        <source>The paper prints {printed} here; rounding every value to 4 decimals and carrying it forward gives {shown}: the paper rounded some intermediate differently.</source>
        <translation>L&apos;article imprime ici {printed} ; arrondir chaque valeur à 4 décimales et la reporter donne {shown} : l&apos;article a arrondi autrement un résultat intermédiaire.</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>; </source>
        <comment>between the numbers of a list, with a decimal comma</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>{number}%</source>
        <comment>a percentage</comment>
        <translation>{number}&#xa0;%</translation>
    </message>
</context>
<context>
    <name>Phases</name>
    <message>
        <source>Forward</source>
        <translation>Propagation avant</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Backward</source>
        <translation>Rétropropagation</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Forward propagation</source>
        <extracomment>The worked example&apos;s step that each phase belongs to, and the step&apos;s title.</extracomment>
        <translation>Propagation avant</translation>
    </message>
    <message>
        <source>Total error</source>
        <translation>Erreur totale</translation>
    </message>
    <message>
        <source>Backpropagation: the gradients</source>
        <translation>Rétropropagation : les gradients</translation>
    </message>
    <message>
        <source>Updating the weights</source>
        <translation>Mise à jour des poids</translation>
    </message>
    <message>
        <source>Step {number} · {title}</source>
        <translation>Étape {number} · {title}</translation>
    </message>
</context>
<context>
    <name>PixelEditor</name>
    <message>
        <source>Input editor</source>
        <translation>Éditeur d&apos;entrée</translation>
    </message>
    <message>
        <source>The sample: its pixels or input values, the ink and the label</source>
        <translation>L&apos;exemple : ses pixels ou valeurs d&apos;entrée, l&apos;encre et la classe</translation>
    </message>
    <message>
        <source>Gray level the left button paints with (0 white, 1 black)</source>
        <translation>Niveau de gris que peint le bouton gauche (0 blanc, 1 noir)</translation>
    </message>
    <message>
        <source>Ink: gray level painted</source>
        <translation>Encre : niveau de gris peint</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Set every pixel to 0 (white)</source>
        <translation>Mettre chaque pixel à 0 (blanc)</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Inverser</translation>
    </message>
    <message>
        <source>Every pixel v becomes 1 − v</source>
        <translation>Chaque pixel v devient 1 − v</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>Annuler la dernière modification (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z or Ctrl+Y)</source>
        <translation>Rétablir (Ctrl+Maj+Z ou Ctrl+Y)</translation>
    </message>
    <message>
        <source>The class this sample belongs to: it sets the target</source>
        <translation>La classe de cet exemple : elle fixe la cible</translation>
    </message>
    <message>
        <source>Ink</source>
        <translation>Encre</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Left-drag paints, right-drag erases, double-click (or Enter) types a value</source>
        <translation>Bouton gauche : peindre ; bouton droit : effacer ; double-clic (ou Entrée) : saisir une valeur</translation>
    </message>
    <message>
        <source>“{text}” is not a number: type a gray level from 0 to 1</source>
        <translation>« {text} » n&apos;est pas un nombre : tapez un niveau de gris de 0 à 1</translation>
    </message>
    <message>
        <source>{text} is outside 0 to 1: 0 is white, 1 is black</source>
        <translation>{text} est hors de l&apos;intervalle 0 à 1 : 0 est blanc, 1 est noir</translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Could not export to {path}: {reason}</source>
        <translation>Impossible d&apos;exporter vers {path} : {reason}</translation>
    </message>
    <message>
        <source>no picture format {name}</source>
        <translation>pas de format d&apos;image {name}</translation>
    </message>
    <message>
        <source>FruitNet plot</source>
        <translation>Graphique FruitNet</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Réglage</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>{axis} axis</source>
        <translation>Axe {axis}</translation>
    </message>
    <message>
        <source>The whole picture</source>
        <translation>Tout le graphique</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Plot area</source>
        <translation>Zone du tracé</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>The sign is flipped: the magnitude is right, the sign is not.</source>
        <extracomment>Every mistake the diagnosis knows, and the sentence that names it.</extracomment>
        <translation>Le signe est inversé : la valeur absolue est juste, le signe ne l&apos;est pas.</translation>
    </message>
    <message>
        <source>The sigmoid&apos;s slope out × (1 − out) is left out of the chain rule.</source>
        <translation>La pente de la sigmoïde out × (1 − out) a été oubliée dans la règle de la chaîne.</translation>
    </message>
    <message>
        <source>A net input is used where the node&apos;s output (after the sigmoid) belongs.</source>
        <translation>Une entrée nette est utilisée là où il faut la sortie du nœud (après la sigmoïde).</translation>
    </message>
    <message>
        <source>An output (after the sigmoid) is used where the net input belongs.</source>
        <translation>Une sortie (après la sigmoïde) est utilisée là où il faut l&apos;entrée nette.</translation>
    </message>
    <message>
        <source>A new weight is used where the old one belongs: every gradient uses the weights from before the update.</source>
        <translation>Un nouveau poids est utilisé là où il faut l&apos;ancien : chaque gradient utilise les poids d&apos;avant la mise à jour.</translation>
    </message>
    <message>
        <source>Only one output&apos;s error term is counted: an inner weight collects the error coming back from every output.</source>
        <translation>Le terme d&apos;erreur d&apos;une seule sortie est compté : un poids intérieur recueille l&apos;erreur qui revient de chaque sortie.</translation>
    </message>
    <message>
        <source>The ½ of the error is not counted (the answer is twice the right one).</source>
        <translation>Le ½ de l&apos;erreur n&apos;est pas compté (la réponse est le double de la bonne).</translation>
    </message>
    <message>
        <source>The ½ of the error is counted twice (the answer is half the right one).</source>
        <translation>Le ½ de l&apos;erreur est compté deux fois (la réponse est la moitié de la bonne).</translation>
    </message>
    <message>
        <source>The learning rate is not applied: new = old − η × gradient.</source>
        <translation>Le taux d&apos;apprentissage n&apos;est pas appliqué : nouveau = ancien − η × gradient.</translation>
    </message>
    <message>
        <source>The learning rate is applied twice (η² instead of η).</source>
        <translation>Le taux d&apos;apprentissage est appliqué deux fois (η² au lieu de η).</translation>
    </message>
    <message>
        <source>Rounded too early: the intermediates were rounded to fewer decimals than the answer, and the error carried forward.</source>
        <translation>Arrondi trop tôt : les résultats intermédiaires ont été arrondis à moins de décimales que la réponse, et l&apos;erreur s&apos;est propagée.</translation>
    </message>
    <message>
        <source>One digit differs (or two are swapped): a typing slip?</source>
        <translation>Un chiffre diffère (ou deux sont inversés) : une faute de frappe ?</translation>
    </message>
    <message>
        <source>Pencil mode: type the value rounded to {n} decimals, computed from the rounded values before it.</source>
        <extracomment>the answer was not one the rule can judge (not a number, too few digits): no try</extracomment>
        <translation>Calcul à la main : tapez la valeur arrondie à {n} décimales, calculée à partir des valeurs arrondies qui la précèdent.</translation>
    </message>
    <message>
        <source>Exact mode: type at least 3 significant digits; the value must round to what you typed (a calculation from values rounded to as many decimals counts as right).</source>
        <translation>Calcul exact : tapez au moins 3 chiffres significatifs ; la valeur doit s&apos;arrondir à ce que vous avez tapé (un calcul à partir de valeurs arrondies au même nombre de décimales compte comme juste).</translation>
    </message>
    <message>
        <source>{text} is not a number: type digits, e.g. {example}.</source>
        <translation>{text} n&apos;est pas un nombre : tapez des chiffres, par exemple {example}.</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Juste.</translation>
    </message>
    <message>
        <source>Nearly: pencil mode keeps {n} decimals, so type {shown}.</source>
        <translation>Presque : le calcul à la main garde {n} décimales, tapez donc {shown}.</translation>
    </message>
    <message>
        <source>Right so far: now type at least 3 significant digits (e.g. {good}, not {short}).</source>
        <translation>Juste pour l&apos;instant : tapez maintenant au moins 3 chiffres significatifs (par exemple {good}, pas {short}).</translation>
    </message>
    <message>
        <source>Not right. Try again, or ask for a hint.</source>
        <translation>Pas juste. Réessayez, ou demandez un indice.</translation>
    </message>
    <message>
        <source>Not right. {why}</source>
        <translation>Pas juste. {why}</translation>
    </message>
    <message>
        <source>first try</source>
        <extracomment>How each outcome reads in the report (the English constants stay the data&apos;s keys).</extracomment>
        <translation>du premier coup</translation>
    </message>
    <message>
        <source>after tries or hints</source>
        <translation>après des tentatives ou des indices</translation>
    </message>
    <message>
        <source>revealed</source>
        <translation>révélée</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>pas atteinte</translation>
    </message>
    <message>
        <source>Iteration {n}: {first} of {total} right at the first try, {after} after more tries or hints, {revealed} revealed.</source>
        <extracomment>a lesson&apos;s questions: only these are asked and counted (None: every one)</extracomment>
        <translation>Itération {n} : {first} sur {total} justes du premier coup, {after} après plusieurs tentatives ou indices, {revealed} révélées.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your turn:&lt;/b&gt;</source>
        <translation>&lt;b&gt;À vous :&lt;/b&gt;</translation>
    </message>
    <message>
        <source>type the value, then Enter</source>
        <translation>tapez la valeur, puis Entrée</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>H&amp;int</source>
        <translation>I&amp;ndice</translation>
    </message>
    <message>
        <source>First the formula in symbols, then with the numbers</source>
        <translation>D&apos;abord la formule en symboles, puis avec les nombres</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>Révé&amp;ler</translation>
    </message>
    <message>
        <source>Show the answer (counted as revealed)</source>
        <translation>Montrer la réponse (comptée comme révélée)</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Enregistrer le bilan…</translation>
    </message>
    <message>
        <source>The score of every iteration, as CSV or a printable PDF</source>
        <translation>Le score de chaque itération, en CSV ou en PDF imprimable</translation>
    </message>
    <message>
        <source>Right: {name} = {value}.</source>
        <translation>Juste : {name} = {value}.</translation>
    </message>
    <message>
        <source>Hint: {formula}</source>
        <translation>Indice : {formula}</translation>
    </message>
    <message>
        <source>{name} = {value} (revealed).</source>
        <translation>{name} = {value} (révélé).</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Step&lt;/b&gt; (→) to the next question.</source>
        <translation>Appuyez sur &lt;b&gt;Avancer&lt;/b&gt; (→) pour passer à la question suivante.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Iteration complete.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Itération terminée.&lt;/b&gt;</translation>
    </message>
    <message>
        <source> Press Next iteration (N) to go on.</source>
        <translation> Appuyez sur Itération suivante (N) pour continuer.</translation>
    </message>
    <message>
        <source>This iteration: {first} right at the first try, {after} after tries or hints, {revealed} revealed, of {total}.</source>
        <translation>Cette itération, sur {total} : {first} du premier coup, {after} après des essais ou des indices, {revealed} avec la réponse révélée.</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the earlier iterations&apos; scores</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source> Before: </source>
        <translation> Avant : </translation>
    </message>
    <message>
        <source>iteration {n}: {right}/{total}</source>
        <translation>itération {n} : {right}/{total}</translation>
    </message>
    <message>
        <source>practice-report.csv</source>
        <translation>bilan-exercices.csv</translation>
    </message>
    <message>
        <source>FruitNet practice report</source>
        <translation>Bilan des exercices FruitNet</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Grandeur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Indices</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Save practice report</source>
        <translation>Enregistrer le bilan des exercices</translation>
    </message>
    <message>
        <source>{path}: could not be saved ({reason})</source>
        <translation>{path} : impossible d&apos;enregistrer ({reason})</translation>
    </message>
</context>
<context>
    <name>PracticePanel</name>
    <message>
        <source>Your turn</source>
        <extracomment>The feedback&apos;s colours, by the theme&apos;s roles (readable on each theme&apos;s window).</extracomment>
        <translation>À vous</translation>
    </message>
    <message>
        <source>Type the value of the sub-step; Enter checks it</source>
        <translation>Tapez la valeur de la sous-étape ; Entrée la vérifie</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Leave (Esc)</source>
        <extracomment>The smallest text in presentation mode, in points at 1× scale ... ... and in device pixels (points at 96 dots per inch). The formula view&apos;s smallest text is this fraction of its font. A 2-2-2 net looks right in about this many canvas units; larger canvases zoom in.</extracomment>
        <translation>Quitter (Échap)</translation>
    </message>
    <message>
        <source>{title} — presentation</source>
        <extracomment>Esc (or F5) was pressed, or the window was closed: leave presentation mode.</extracomment>
        <translation>{title} — présentation</translation>
    </message>
    <message>
        <source>the stepper&apos;s buttons would be wider than the screen</source>
        <translation>les boutons de la barre d&apos;étapes seraient plus larges que l&apos;écran</translation>
    </message>
    <message>
        <source>the network would not show every name, value and weight</source>
        <translation>le réseau ne montrerait pas tous les noms, valeurs et poids</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Présentation</translation>
    </message>
    <message>
        <source>Full screen for a projector: the network, the formula and the stepper</source>
        <translation>Plein écran pour un vidéoprojecteur : le réseau, la formule et les commandes pas à pas</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>Regarder &amp;dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Runs</name>
    <message>
        <source>the initial weights</source>
        <extracomment>At most this many weight snapshots per run (the initial weights included).</extracomment>
        <translation>les poids initiaux</translation>
    </message>
    <message>
        <source>epoch {epoch} + {samples} samples</source>
        <translation>époque {epoch} + {samples} exemples</translation>
    </message>
    <message>
        <source>epoch {epoch}</source>
        <translation>époque {epoch}</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <extracomment>The activations&apos; names as a person reads them in a run&apos;s title (the model file keeps &quot;sigmoid&quot;): sigmoid and linear are words of the language, tanh and ReLU are names.</extracomment>
        <translation>sigmoïde</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linéaire</translation>
    </message>
    <message>
        <source>mini-batch {n}</source>
        <extracomment>A run in one of these states owns the network: edits wait until it ends. How a run can end. The weights after its epochs, evenly thinned (the scrubber replays them).</extracomment>
        <translation>mini-lots de {n}</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>par lot</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>run {number}: {layers} {acts}, η {lr}, {mode}, seed {seed}</source>
        <translation>essai {number} : {layers} {acts}, η {lr}, {mode}, graine {seed}</translation>
    </message>
    <message>
        <source>finished</source>
        <extracomment>Okabe-Ito colours, one per run compared after the theme&apos;s two curve colours (then again with another dash). How a run ended, as its entry says it.</extracomment>
        <translation>terminé</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>training…</source>
        <translation>entraînement en cours…</translation>
    </message>
    <message>
        <source>{status}: nothing trained</source>
        <translation>{status} : rien d&apos;entraîné</translation>
    </message>
    <message>
        <source>{n} epochs, error {error}, accuracy {accuracy}</source>
        <translation>{n} époques, erreur {error}, exactitude {accuracy}</translation>
    </message>
    <message>
        <source> ({status})</source>
        <translation> ({status})</translation>
    </message>
    <message>
        <source> · curves only</source>
        <translation> · courbes seulement</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Every training run: pick one and move the slider to see its weights after each epoch; pick two or more to compare their training error</source>
        <translation>Chaque essai d&apos;entraînement : choisissez-en un et déplacez le curseur pour voir ses poids après chaque époque ; choisissez-en deux ou plus pour comparer leur erreur d&apos;entraînement</translation>
    </message>
    <message>
        <source>Click a run to replay it; Ctrl+click more to compare them</source>
        <translation>Cliquez sur un essai pour le rejouer ; Ctrl+clic sur d&apos;autres pour les comparer</translation>
    </message>
    <message>
        <source>Training runs</source>
        <translation>Essais d&apos;entraînement</translation>
    </message>
    <message>
        <source>Drag to see the weights after each epoch of the run</source>
        <translation>Faites glisser pour voir les poids après chaque époque de l&apos;essai</translation>
    </message>
    <message>
        <source>Replay the run epoch by epoch</source>
        <translation>Rejouer l&apos;essai époque par époque</translation>
    </message>
    <message>
        <source>Back to live</source>
        <translation>Retour au réseau actuel</translation>
    </message>
    <message>
        <source>Show the live network again (Esc)</source>
        <translation>Afficher de nouveau le réseau actuel (Échap)</translation>
    </message>
    <message>
        <source>Reset to initial</source>
        <translation>Poids initiaux</translation>
    </message>
    <message>
        <source>Reset to initial weights: give the network the weights this run started from</source>
        <translation>Revenir aux poids initiaux : redonner au réseau les poids dont cet essai est parti</translation>
    </message>
    <message>
        <source>Training error of the runs picked</source>
        <translation>Erreur d&apos;entraînement des essais choisis</translation>
    </message>
    <message>
        <source>One curve per run, training error per epoch on a log scale; the dashed line marks the epoch replayed</source>
        <translation>Une courbe par essai, l&apos;erreur d&apos;entraînement par époque sur une échelle logarithmique ; la ligne pointillée marque l&apos;époque rejouée</translation>
    </message>
    <message>
        <source>training error (log)</source>
        <translation>erreur d&apos;entraînement (log)</translation>
    </message>
    <message>
        <source>Train the network to record a run.</source>
        <translation>Entraînez le réseau pour enregistrer un essai.</translation>
    </message>
    <message>
        <source>The run is training: it can be replayed when it has ended.</source>
        <translation>L&apos;essai est en cours d&apos;entraînement : il pourra être rejoué quand il sera terminé.</translation>
    </message>
    <message>
        <source>Runs can be replayed when training has ended.</source>
        <translation>Les essais peuvent être rejoués quand l&apos;entraînement est terminé.</translation>
    </message>
    <message>
        <source>Run {number} is old: only its curves were kept.</source>
        <translation>L&apos;essai {number} est ancien : seules ses courbes ont été gardées.</translation>
    </message>
    <message>
        <source>Run {number} trained another network: “Reset to initial” brings that network back, to replay or train it again.</source>
        <translation>L&apos;essai {number} a entraîné un autre réseau : « Poids initiaux » ramène ce réseau, pour le rejouer ou l&apos;entraîner de nouveau.</translation>
    </message>
    <message>
        <source>Showing the live network</source>
        <translation>Affichage du réseau actuel</translation>
    </message>
    <message>
        <source>Run {number}: {weights} of {trained}</source>
        <translation>Essai {number} : {weights} sur {trained}</translation>
    </message>
    <message>
        <source>Pick runs above to see their training error here.</source>
        <translation>Choisissez des essais ci-dessus pour voir ici leur erreur d&apos;entraînement.</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>self-test failed: {reason}</source>
        <extracomment>Ceilings of the waits (seconds), far above what they take (under 1 s and ~3 s here). Exact float64 values the window must show (docs/DESIGN.md section 1, 10 digits).</extracomment>
        <translation>échec de l&apos;autotest : {reason}</translation>
    </message>
    <message>
        <source>self-test passed</source>
        <translation>autotest réussi</translation>
    </message>
    <message>
        <source>{what} did not happen within {seconds} s</source>
        <extracomment>What Qt&apos;s offscreen platform says about itself, not about FruitNet.</extracomment>
        <translation>{what} n&apos;a pas abouti en {seconds} s</translation>
    </message>
    <message>
        <source>showing the window</source>
        <translation>l&apos;affichage de la fenêtre</translation>
    </message>
    <message>
        <source>window shown ({platform}, {seconds} s after the Qt application was made): {title}</source>
        <translation>fenêtre affichée ({platform}, {seconds} s après la création de l&apos;application Qt) : {title}</translation>
    </message>
    <message>
        <source>the window&apos;s icon is not drawn (from {folder})</source>
        <translation>l&apos;icône de la fenêtre n&apos;est pas dessinée (depuis {folder})</translation>
    </message>
    <message>
        <source>no {pattern} in {folder}</source>
        <translation>aucun {pattern} dans {folder}</translation>
    </message>
    <message>
        <source>the dataset {name} is not in {folder}</source>
        <translation>le jeu de données {name} n&apos;est pas dans {folder}</translation>
    </message>
    <message>
        <source>the lessons in {folder} are {found}, not {expected}</source>
        <translation>les leçons de {folder} sont {found}, et non {expected}</translation>
    </message>
    <message>
        <source>a shipped lesson does not open: {reason}</source>
        <translation>une leçon fournie ne s&apos;ouvre pas : {reason}</translation>
    </message>
    <message>
        <source>icons, datasets ({names}) and lessons ({n} in each of {languages}) found in {folder}</source>
        <translation>icônes, jeux de données ({names}) et leçons ({n} dans chacune des langues {languages}) trouvés dans {folder}</translation>
    </message>
    <message>
        <source>Qt&apos;s own translation ({file}) is not in {folder}</source>
        <extracomment>A label of Qt&apos;s own file dialog (Qt&apos;s string, not FruitNet&apos;s: not in fruitnet_xx.ts).</extracomment>
        <translation>la traduction propre à Qt ({file}) n&apos;est pas dans {folder}</translation>
    </message>
    <message>
        <source>FruitNet&apos;s translation {file} is not in {folder}</source>
        <translation>la traduction de FruitNet {file} n&apos;est pas dans {folder}</translation>
    </message>
    <message>
        <source>language {code}: Cancel reads “{cancel}”, the file dialog&apos;s “{file_name}” (Qt&apos;s translation from {folder}); decimal separator {separator}</source>
        <translation>langue {code} : le bouton Cancel s&apos;affiche « {cancel} », le « File name: » du dialogue de fichiers « {file_name} » (traduction de Qt prise dans {folder}) ; séparateur décimal {separator}</translation>
    </message>
    <message>
        <source>the SVG picture of the network is not a drawing ({n} bytes)</source>
        <translation>l&apos;image SVG du réseau n&apos;est pas un dessin ({n} octets)</translation>
    </message>
    <message>
        <source>SVG picture of the network: {n} bytes</source>
        <translation>image SVG du réseau : {n} octets</translation>
    </message>
    <message>
        <source>Step went to sub-step {position}, not {wanted}</source>
        <translation>Pas est allé à la sous-étape {position}, pas {wanted}</translation>
    </message>
    <message>
        <source>sub-step {k} shows {shown}, the iteration {expected}</source>
        <translation>la sous-étape {k} affiche {shown}, l&apos;itération {expected}</translation>
    </message>
    <message>
        <source>{name} = {value} stepped, {model} from the model</source>
        <translation>{name} = {value} pas à pas, {model} selon le modèle</translation>
    </message>
    <message>
        <source>{name} shows {shown}, not {paper}</source>
        <translation>{name} affiche {shown}, pas {paper}</translation>
    </message>
    <message>
        <source>the iteration never showed {name}</source>
        <translation>l&apos;itération n&apos;a jamais affiché {name}</translation>
    </message>
    <message>
        <source>the values table shows {name} = {value}</source>
        <translation>le tableau des valeurs affiche {name} = {value}</translation>
    </message>
    <message>
        <source>the weights after the last sub-step are not a training step&apos;s</source>
        <translation>les poids après la dernière sous-étape ne sont pas ceux d&apos;un pas d&apos;entraînement</translation>
    </message>
    <message>
        <source>paper iteration: {n} sub-steps shown as computed, nety1 = {nety1}, E_total = {etotal}</source>
        <translation>itération de l&apos;article : {n} sous-étapes affichées comme calculées, nety1 = {nety1}, E_total = {etotal}</translation>
    </message>
    <message>
        <source>the shipped fruit images could not be loaded</source>
        <translation>les images de fruits fournies n&apos;ont pas pu être chargées</translation>
    </message>
    <message>
        <source>the shipped fruit images are missing</source>
        <translation>les images de fruits fournies manquent</translation>
    </message>
    <message>
        <source>one epoch of training</source>
        <translation>une époque d&apos;entraînement</translation>
    </message>
    <message>
        <source>training failed: {reason}</source>
        <translation>l&apos;entraînement a échoué : {reason}</translation>
    </message>
    <message>
        <source>training did not run in the window&apos;s training process</source>
        <translation>l&apos;entraînement ne s&apos;est pas fait dans le processus d&apos;entraînement de la fenêtre</translation>
    </message>
    <message>
        <source>the training process was started by {method}, not spawn</source>
        <translation>le processus d&apos;entraînement a été lancé par {method}, pas par spawn</translation>
    </message>
    <message>
        <source>training stopped after {n} epochs, not 1</source>
        <translation>l&apos;entraînement s&apos;est arrêté après {n} époques, pas 1</translation>
    </message>
    <message>
        <source>the training process&apos;s weights differ from training here</source>
        <translation>les poids du processus d&apos;entraînement diffèrent de ceux de l&apos;entraînement ici</translation>
    </message>
    <message>
        <source>the window did not adopt the trained weights</source>
        <translation>la fenêtre n&apos;a pas repris les poids entraînés</translation>
    </message>
    <message>
        <source>compiled (Numba)</source>
        <translation>compilée (Numba)</translation>
    </message>
    <message>
        <source>fruit net: 1 epoch on {n} images in the training process (pid {pid}, started by {method}), {seconds} s; same weights as here ({kernel} loop); training error {error}, test accuracy {accuracy}</source>
        <translation>réseau des fruits : 1 époque sur {n} images dans le processus d&apos;entraînement (pid {pid}, lancé par {method}), {seconds} s ; mêmes poids qu&apos;ici (boucle {kernel}) ; erreur d&apos;entraînement {error}, exactitude de test {accuracy}</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}&#x202f;%</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>the weights</source>
        <translation>les poids</translation>
    </message>
    <message>
        <source>the sample</source>
        <translation>l&apos;exemple</translation>
    </message>
    <message>
        <source>the datasets</source>
        <translation>les jeux de données</translation>
    </message>
    <message>
        <source>the learning rate</source>
        <translation>le taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>the conventions</source>
        <translation>les conventions</translation>
    </message>
    <message>
        <source>the network</source>
        <extracomment>Asked before the network is replaced (the window&apos;s Save / Discard / Cancel about unsaved work): ``confirm_replace(doing) -&gt; bool``.</extracomment>
        <translation>le réseau</translation>
    </message>
    <message>
        <source>the iteration shown</source>
        <translation>l&apos;itération affichée</translation>
    </message>
    <message>
        <source>training</source>
        <translation>l&apos;entraînement</translation>
    </message>
    <message>
        <source>This lesson is done in Your turn: the teacher keeps it on.</source>
        <extracomment>The state&apos;s events. ``network``: another network (its shape may differ); ``sample``: the input or label; ``iteration``: a new iteration was built; ``cursor(position)``; ``level(level)``; ``history``: the E_total list; ``dataset``; ``weights``: new weights, same shape (a trained model adopted); ``error(message)``: something asked for was refused, the state is as it was; ``run(run, what)``: a run ``started``/``ended``; ``replay(replay)``: a run&apos;s epoch is shown (a :class:`Replay`) or None, the live network again; ``runs``: the run list, or what Edit → Undo / Redo would do, changed. The 6×6 image nets start on the first hand-drawn red apple. Which lesson lock (lesson_io.CONTROLS) holds each thing an edit may change. An explicit target vector (a soft target from a dataset), or None: one-hot. E_total of every completed iteration since the last restart, in order. The training set and the test set shown in the dataset browser. The run that is live, or the last one (None before the first). Every run (the run history), the epoch replayed, and the run whose trained weights the network has. What an open lesson locks (lesson_io.CONTROLS), and the lesson itself (or None). Work no file holds yet by kind (weights, sample, dataset, practice), as asked.</extracomment>
        <translation>Cette leçon se fait en mode À vous : l&apos;enseignant le garde actif.</translation>
    </message>
    <message>
        <source>This lesson locks {what}: the teacher set them for this lesson.</source>
        <translation>Cette leçon bloque {what} : l&apos;enseignant les a fixés pour cette leçon.</translation>
    </message>
    <message>
        <source>Training is in progress: {what} cannot change until it ends (Stop ends it, keeping the weights learnt so far).</source>
        <translation>Un entraînement est en cours : {what} ne peut pas changer avant la fin (Arrêter y met fin en gardant les poids appris jusqu&apos;ici).</translation>
    </message>
    <message>
        <source>unknown preset {name}: use paper or fruit</source>
        <translation>réseau prédéfini inconnu {name} : utilisez paper ou fruit</translation>
    </message>
    <message>
        <source>a weight must be a finite number</source>
        <translation>un poids doit être un nombre fini</translation>
    </message>
    <message>
        <source>a weight must lie between -{low} and {high}</source>
        <translation>un poids doit être compris entre -{low} et {high}</translation>
    </message>
    <message>
        <source>there is no weight called {name} in this network</source>
        <translation>il n&apos;y a pas de poids nommé {name} dans ce réseau</translation>
    </message>
    <message>
        <source>the trained network has another shape</source>
        <translation>le réseau entraîné a une autre forme</translation>
    </message>
    <message>
        <source>this network takes {n} inputs, got {got}</source>
        <translation>ce réseau prend {n} entrées, reçu {got}</translation>
    </message>
    <message>
        <source>input values must be numbers (not NaN or infinity)</source>
        <translation>les valeurs d&apos;entrée doivent être des nombres (ni NaN ni l&apos;infini)</translation>
    </message>
    <message>
        <source>input values are gray levels between 0 and 1</source>
        <translation>les valeurs d&apos;entrée sont des niveaux de gris entre 0 et 1</translation>
    </message>
    <message>
        <source>unknown label {label}</source>
        <translation>classe inconnue {label}</translation>
    </message>
    <message>
        <source>{label} is not the class of the largest target value</source>
        <translation>{label} n&apos;est pas la classe de la plus grande valeur cible</translation>
    </message>
    <message>
        <source>this dataset does not fit the network: {why}</source>
        <translation>ce jeu de données ne convient pas au réseau : {why}</translation>
    </message>
    <message>
        <source>there is no such sample</source>
        <translation>cet exemple n&apos;existe pas</translation>
    </message>
    <message>
        <source>the saved sample does not fit the saved network</source>
        <translation>l&apos;exemple enregistré ne convient pas au réseau enregistré</translation>
    </message>
    <message>
        <source>training is already running; stop it first</source>
        <extracomment>The run list keeps this many runs (the oldest goes). The newest this many runs keep their weight snapshots (the fruit net&apos;s take ≤ 11 MB).
----------
Processes let go and not yet exited: their queues and events stay referenced. Train in a separate process (False: in a thread, sharing the GIL). The run that is live, or the last one.</extracomment>
        <translation>un entraînement est déjà en cours ; arrêtez-le d&apos;abord</translation>
    </message>
    <message>
        <source>a run can be replayed when it has ended</source>
        <translation>un essai peut être rejoué quand il est terminé</translation>
    </message>
    <message>
        <source>runs can be replayed when training has ended</source>
        <translation>les essais peuvent être rejoués quand l&apos;entraînement est terminé</translation>
    </message>
    <message>
        <source>run {number} is old: only its curves were kept</source>
        <translation>l&apos;essai {number} est ancien : seules ses courbes ont été gardées</translation>
    </message>
    <message>
        <source>run {number} trained another network: reset to its initial weights to work with that network</source>
        <translation>l&apos;essai {number} a entraîné un autre réseau : revenez à ses poids initiaux pour travailler avec ce réseau</translation>
    </message>
    <message>
        <source>run {number} has no snapshot {index}</source>
        <translation>l&apos;essai {number} n&apos;a pas d&apos;instantané {index}</translation>
    </message>
    <message>
        <source>there is nothing to undo</source>
        <translation>il n&apos;y a rien à annuler</translation>
    </message>
    <message>
        <source>there is nothing to redo</source>
        <translation>il n&apos;y a rien à rétablir</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>1 step/s</source>
        <extracomment>Play speeds: label and timer interval in milliseconds (0: as fast as the views draw).</extracomment>
        <translation>1 pas/s</translation>
    </message>
    <message>
        <source>2 steps/s</source>
        <translation>2 pas/s</translation>
    </message>
    <message>
        <source>5 steps/s</source>
        <translation>5 pas/s</translation>
    </message>
    <message>
        <source>10 steps/s</source>
        <translation>10 pas/s</translation>
    </message>
    <message>
        <source>30 steps/s</source>
        <translation>30 pas/s</translation>
    </message>
    <message>
        <source>Full speed</source>
        <translation>Plein régime</translation>
    </message>
    <message>
        <source>each factor</source>
        <translation>chaque facteur</translation>
    </message>
    <message>
        <source>each quantity</source>
        <translation>chaque grandeur</translation>
    </message>
    <message>
        <source>each node</source>
        <translation>chaque nœud</translation>
    </message>
    <message>
        <source>each layer</source>
        <translation>chaque couche</translation>
    </message>
    <message>
        <source>each phase</source>
        <translation>chaque phase</translation>
    </message>
    <message>
        <source>whole iteration</source>
        <translation>toute l&apos;itération</translation>
    </message>
    <message>
        <source>Reset</source>
        <extracomment>&quot;Hold the answer&quot;: a Step first shows the next sub-step&apos;s formula (this signal), the next press reveals it.</extracomment>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Back to the start of the iteration</source>
        <translation>Revenir au début de l&apos;itération</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Reculer</translation>
    </message>
    <message>
        <source>Undo the last step</source>
        <translation>Annuler le dernier pas</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Avancer</translation>
    </message>
    <message>
        <source>Reveal the next sub-step</source>
        <translation>Révéler la sous-étape suivante</translation>
    </message>
    <message>
        <source>Run to end of phase</source>
        <translation>Aller à la fin de la phase</translation>
    </message>
    <message>
        <source>Reveal the rest of the current phase</source>
        <translation>Révéler le reste de la phase en cours</translation>
    </message>
    <message>
        <source>Finish iteration</source>
        <translation>Terminer l&apos;itération</translation>
    </message>
    <message>
        <source>Reveal every remaining sub-step</source>
        <translation>Révéler toutes les sous-étapes restantes</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Step automatically on a timer</source>
        <translation>Avancer automatiquement à intervalles réguliers</translation>
    </message>
    <message>
        <source>Phase end</source>
        <translation>Fin de phase</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Next iteration</source>
        <translation>Itération suivante</translation>
    </message>
    <message>
        <source>Another iteration on the same sample, starting from the updated weights</source>
        <translation>Une nouvelle itération sur le même exemple, à partir des poids mis à jour</translation>
    </message>
    <message>
        <source>&amp;Your turn</source>
        <translation>À &amp;vous</translation>
    </message>
    <message>
        <source>&amp;Hold the answer</source>
        <translation>&amp;Formule d&apos;abord, nombres ensuite</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Your turn (Y)&lt;br&gt;Type each value before it is shown; FruitNet checks it and says where a wrong one went wrong</source>
        <translation>À vous (Y)&lt;br&gt;Tapez chaque valeur avant qu&apos;elle soit montrée ; FruitNet la vérifie et, si elle est fausse, dit où est l&apos;erreur</translation>
    </message>
    <message>
        <source>A Step first shows the formula in symbols; the next press shows the numbers and the value (ask the class before revealing)</source>
        <translation>Un pas montre d&apos;abord la formule en symboles ; l&apos;appui suivant montre les nombres et la valeur (pour interroger la classe avant de révéler)</translation>
    </message>
    <message>
        <source>How fast Play steps</source>
        <translation>Vitesse de la lecture</translation>
    </message>
    <message>
        <source>Play speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <source>How much one Step reveals</source>
        <translation>Ce que révèle un pas</translation>
    </message>
    <message>
        <source>Pencil mode</source>
        <translation>Calcul à la main</translation>
    </message>
    <message>
        <source>Round every intermediate to the chosen decimals and carry the rounded value forward, as the worked example does by hand</source>
        <translation>Arrondir chaque résultat intermédiaire au nombre de décimales choisi et reporter la valeur arrondie, comme le fait l&apos;exemple traité à la main</translation>
    </message>
    <message>
        <source> decimals</source>
        <translation> décimales</translation>
    </message>
    <message>
        <source>Decimals kept in pencil mode</source>
        <translation>Décimales gardées en calcul à la main</translation>
    </message>
    <message>
        <source>The network&apos;s learning rate η, used by every update below and by training</source>
        <translation>Le taux d&apos;apprentissage η du réseau, utilisé par chaque mise à jour ci-dessous et par l&apos;entraînement</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Step reveals</source>
        <translation>Un pas révèle</translation>
    </message>
    <message>
        <source>Iteration {iteration} · &lt;b&gt;{shown} of {n}&lt;/b&gt;</source>
        <translation>Itération {iteration} · &lt;b&gt;{shown} sur {n}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Iteration {iteration} · step &lt;b&gt;{shown} of {n}&lt;/b&gt;</source>
        <translation>Itération {iteration} · pas &lt;b&gt;{shown} sur {n}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Iteration {iteration} · sub-step &lt;b&gt;{shown} of {n}&lt;/b&gt;</source>
        <translation>Itération {iteration} · sous-étape &lt;b&gt;{shown} sur {n}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <extracomment>The Step menu&apos;s words for each action, with its access key (Alt+letter once the menu is open); the buttons show the words without it (QAction.iconText), and the tooltips the plain source. Each translation picks letters unique within the Step menu (tests/ui/test_access_keys.py).</extracomment>
        <translation>Re&amp;commencer</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Reculer</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>&amp;Avancer</translation>
    </message>
    <message>
        <source>Run to &amp;end of phase</source>
        <translation>Aller à la fin de la p&amp;hase</translation>
    </message>
    <message>
        <source>&amp;Finish iteration</source>
        <translation>&amp;Terminer l&apos;itération</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <source>&amp;Next iteration</source>
        <translation>Itération &amp;suivante</translation>
    </message>
</context>
<context>
    <name>StepperBar</name>
    <message>
        <source>Stepper</source>
        <translation>Pas à pas</translation>
    </message>
    <message>
        <source>Step through one iteration: Right or Space steps, Left goes back</source>
        <translation>Parcourir une itération : Droite ou Espace avance, Gauche recule</translation>
    </message>
    <message>
        <source>current phase</source>
        <translation>phase en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>then</source>
        <translation>puis</translation>
    </message>
</context>
<context>
    <name>Trace</name>
    <message>
        <source>Each node adds up its weighted inputs plus its bias weight (net), then squashes the sum with the sigmoid (out).</source>
        <translation>Chaque nœud additionne ses entrées pondérées plus son poids de biais (net), puis applique la sigmoïde à cette somme (out).</translation>
    </message>
    <message>
        <source>Each node adds up its weighted inputs (net), then squashes the sum with the sigmoid (out).</source>
        <translation>Chaque nœud additionne ses entrées pondérées (net), puis applique la sigmoïde à cette somme (out).</translation>
    </message>
    <message>
        <source>How far the outputs are from the target: {error}.</source>
        <translation>Écart entre les sorties et la cible : {error}.</translation>
    </message>
    <message>
        <source>The chain rule gives ∂E_total/∂w for every weight, all from the old weights: outer weights, inner weights, outer bias weights, inner bias weights.</source>
        <translation>La règle de la chaîne (dérivation des fonctions composées) donne ∂E_total/∂w pour chaque poids, tous à partir des anciens poids : poids extérieurs, poids intérieurs, poids de biais extérieurs, poids de biais intérieurs.</translation>
    </message>
    <message>
        <source>Gradient descent: new = old − η × gradient for every weight.</source>
        <translation>Descente de gradient : nouveau = ancien − η × gradient pour chaque poids.</translation>
    </message>
    <message>
        <source>Gradient descent: new = old − η × gradient for every weight (the bias weights stay fixed).</source>
        <translation>Descente de gradient : nouveau = ancien − η × gradient pour chaque poids (les poids de biais restent fixes).</translation>
    </message>
    <message>
        <source>pencil mode: every intermediate rounded to {n} decimals and carried forward</source>
        <translation>calcul à la main : chaque résultat intermédiaire arrondi à {n} décimales et reporté</translation>
    </message>
    <message>
        <source>exact float64 arithmetic; values show 4 decimals (4 significant digits below {hundredth}), and a formula&apos;s operands as many more as its result needs to add up</source>
        <translation>calcul exact (sans arrondi) ; les valeurs sont affichées avec 4 décimales (4 chiffres significatifs en dessous de {hundredth}), et les opérandes d&apos;une formule avec autant de chiffres de plus qu&apos;il en faut pour retrouver son résultat</translation>
    </message>
    <message>
        <source>One training iteration: {name}</source>
        <translation>Une itération d&apos;entraînement : {name}</translation>
    </message>
    <message>
        <source>Layers: {layers}, sigmoid everywhere, bias input {bias}</source>
        <translation>Couches : {layers}, sigmoïde partout, entrée de biais {bias}</translation>
    </message>
    <message>
        <source>Conventions: {text}</source>
        <translation>Conventions : {text}</translation>
    </message>
    <message>
        <source>Input: {values}</source>
        <translation>Entrée : {values}</translation>
    </message>
    <message>
        <source>Target: {values}</source>
        <translation>Cible : {values}</translation>
    </message>
    <message>
        <source>Learning rate η = {value}</source>
        <translation>Taux d&apos;apprentissage η = {value}</translation>
    </message>
    <message>
        <source>Arithmetic: {mode}</source>
        <translation>Calcul : {mode}</translation>
    </message>
    <message>
        <source>finite difference (ε = {epsilon}): {difference}, backprop {backprop}, relative difference {relative}</source>
        <translation>différence finie (ε = {epsilon}) : {difference}, rétropropagation {backprop}, écart relatif {relative}</translation>
    </message>
    <message>
        <source>Teacher&apos;s note: {note}</source>
        <translation>Note de l&apos;enseignant : {note}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Remarque : {note}</translation>
    </message>
    <message>
        <source>E_total before the update: {value}</source>
        <translation>E_total avant la mise à jour : {value}</translation>
    </message>
    <message>
        <source>model {path}</source>
        <translation>modèle {path}</translation>
    </message>
    <message>
        <source>fruit classifier 36-36-2 (seed {seed})</source>
        <translation>classifieur de fruits 36-36-2 (graine {seed})</translation>
    </message>
    <message>
        <source>paper example 2-2-2</source>
        <translation>exemple de l&apos;article 2-2-2</translation>
    </message>
    <message>
        <source>lesson {title}</source>
        <translation>leçon {title}</translation>
    </message>
</context>
<context>
    <name>TrainCommand</name>
    <message>
        <source>{n} features</source>
        <extracomment>The fruit images that come with FruitNet (see datasets/fruits-6x6/README.md).</extracomment>
        <translation>{n} variables</translation>
    </message>
    <message>
        <source>{rows}×{cols} images</source>
        <translation>des images de {rows}×{cols}</translation>
    </message>
    <message>
        <source>the model takes {n} inputs for {classes}, but the dataset has {has} of {data_classes}</source>
        <translation>le modèle prend {n} entrées pour {classes}, mais le jeu de données a {has} de {data_classes}</translation>
    </message>
    <message>
        <source>softmax output, cross-entropy</source>
        <translation>sortie softmax, entropie croisée</translation>
    </message>
    <message>
        <source>The learning rate {lr} is very large: such steps push the sigmoids to 0 or 1, where their slope, and so every gradient, is about 0. Try {paper}, the paper&apos;s.</source>
        <extracomment>From this learning rate on, a run that learnt nothing is blamed on it.</extracomment>
        <translation>Le taux d&apos;apprentissage {lr} est très grand : de tels pas poussent les sigmoïdes vers 0 ou 1, où leur pente, et donc chaque gradient, est presque nulle. Essayez {paper}, celui de l&apos;article.</translation>
    </message>
    <message>
        <source>Train for more epochs, or in online mode (one update per image: more updates per epoch than batches).</source>
        <translation>Entraînez sur plus d&apos;époques, ou en mode en ligne (une mise à jour par image : plus de mises à jour par époque qu&apos;avec des lots).</translation>
    </message>
    <message>
        <source>Train for more epochs.</source>
        <translation>Entraînez sur plus d&apos;époques.</translation>
    </message>
    <message>
        <source>the training set</source>
        <translation>le jeu d&apos;entraînement</translation>
    </message>
    <message>
        <source>has no images to train on</source>
        <translation>n&apos;a pas d&apos;images pour l&apos;entraînement</translation>
    </message>
    <message>
        <source>the test set must have the same kind, shape and classes as the training set</source>
        <translation>le jeu de test doit avoir le même type, la même forme et les mêmes classes que le jeu d&apos;entraînement</translation>
    </message>
    <message>
        <source>has no images; reporting on the training set</source>
        <translation>n&apos;a pas d&apos;images ; les résultats porteront sur le jeu d&apos;entraînement</translation>
    </message>
    <message>
        <source>--save-model needs the name of a file to save to</source>
        <translation>--save-model demande le nom d&apos;un fichier où enregistrer</translation>
    </message>
    <message>
        <source>is the training set this run reads</source>
        <translation>est le jeu d&apos;entraînement que lit cet entraînement</translation>
    </message>
    <message>
        <source>is the test set this run reads</source>
        <translation>est le jeu de test que lit cet entraînement</translation>
    </message>
    <message>
        <source>{role}; save the model under another name</source>
        <translation>{role} ; enregistrez le modèle sous un autre nom</translation>
    </message>
    <message>
        <source>--batch-size is used only with --mode minibatch</source>
        <translation>--batch-size ne sert qu&apos;avec --mode minibatch</translation>
    </message>
    <message>
        <source>a batch of {size} holds all {n} images: one update per epoch, the same as --mode batch</source>
        <translation>un lot de {size} contient les {n} images : une mise à jour par époque, comme --mode batch</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>par lot</translation>
    </message>
    <message>
        <source>minibatch of {n}</source>
        <translation>mini-lots de {n}</translation>
    </message>
    <message>
        <source>{n} samples</source>
        <translation>{n} exemples</translation>
    </message>
    <message>
        <source>{n} images</source>
        <translation>{n} images</translation>
    </message>
    <message>
        <source>, testing on {n}</source>
        <translation>, test sur {n}</translation>
    </message>
    <message>
        <source>Training {layers} on {on} ({how}, learning rate {lr} from {source}, seed {seed})</source>
        <translation>Entraînement de {layers} sur {on} ({how}, taux d&apos;apprentissage {lr} {source}, graine {seed})</translation>
    </message>
    <message>
        <source>default</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>the model file</source>
        <translation>(lu dans le fichier du modèle)</translation>
    </message>
    <message>
        <source>--lr</source>
        <translation>(donné par --lr)</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <source>train error</source>
        <translation>erreur (entraînement)</translation>
    </message>
    <message>
        <source>train acc</source>
        <translation>exactitude (entraînement)</translation>
    </message>
    <message>
        <source>test error</source>
        <translation>erreur (test)</translation>
    </message>
    <message>
        <source>test acc</source>
        <translation>exactitude (test)</translation>
    </message>
    <message>
        <source>the error became infinite or NaN; try a smaller learning rate</source>
        <translation>l&apos;erreur est devenue infinie ou NaN ; essayez un taux d&apos;apprentissage plus petit</translation>
    </message>
    <message>
        <source>Confusion matrix on the test set (rows: true class, columns: predicted)</source>
        <translation>Matrice de confusion sur l&apos;ensemble de test (lignes : vraie classe, colonnes : prédite)</translation>
    </message>
    <message>
        <source>Confusion matrix on the training set (rows: true class, columns: predicted)</source>
        <translation>Matrice de confusion sur l&apos;ensemble d&apos;entraînement (lignes : vraie classe, colonnes : prédite)</translation>
    </message>
    <message>
        <source>Every sample was predicted as {name}: the network cannot tell the classes apart yet.</source>
        <translation>Chaque exemple a été prédit {name} : le réseau ne sait pas encore distinguer les classes.</translation>
    </message>
    <message>
        <source>Every image was predicted as {name}: the network cannot tell the classes apart yet.</source>
        <translation>Chaque image a été prédite {name} : le réseau ne sait pas encore distinguer les classes.</translation>
    </message>
    <message>
        <source>Saved the trained model to {path}</source>
        <translation>Modèle entraîné enregistré dans {path}</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>test set</source>
        <extracomment>What a matrix counts (TrainingRun.judged_on), for the title.</extracomment>
        <translation>ensemble de test</translation>
    </message>
    <message>
        <source>training set</source>
        <translation>ensemble d&apos;entraînement</translation>
    </message>
    <message>
        <source>sample in the editor</source>
        <translation>exemple de l&apos;éditeur</translation>
    </message>
    <message>
        <source>The confusion matrix appears here when training ends.</source>
        <extracomment>``cells[true][predicted]``: the labels showing each count.</extracomment>
        <translation>La matrice de confusion apparaît ici quand l&apos;entraînement se termine.</translation>
    </message>
    <message>
        <source>predicted →</source>
        <translation>prédit →</translation>
    </message>
    <message>
        <source>true ↓</source>
        <translation>vrai ↓</translation>
    </message>
    <message>
        <source>{count} {name} images predicted as {other} (right): {share} of the {name} images</source>
        <translation>{count} images de la classe {name} prédites {other} (juste) : {share} des images {name}</translation>
    </message>
    <message>
        <source>{count} {name} images predicted as {other} (wrong): {share} of the {name} images</source>
        <translation>{count} images de la classe {name} prédites {other} (faux) : {share} des images {name}</translation>
    </message>
    <message>
        <source>Accuracy: &lt;b&gt;{right}&lt;/b&gt; of {total} right = &lt;b&gt;{percent}&lt;/b&gt;</source>
        <translation>Exactitude : &lt;b&gt;{right}&lt;/b&gt; sur {total} = &lt;b&gt;{percent}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Confusion matrix on the {what} ({images})</source>
        <translation>Matrice de confusion sur l&apos;{what} ({images})</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 image</translation>
    </message>
    <message>
        <source>{n} images</source>
        <translation>{n} images</translation>
    </message>
    <message>
        <source>Percent: of the images of that row&apos;s true class.</source>
        <translation>Pourcentage : des images de la vraie classe de cette ligne.</translation>
    </message>
    <message>
        <source>({n} wrong)</source>
        <translation>({n} fausses)</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Matrice de confusion</translation>
    </message>
    <message>
        <source>Training… the confusion matrix appears when it ends.</source>
        <translation>Entraînement… la matrice de confusion apparaît à la fin.</translation>
    </message>
    <message>
        <source>Stopped before training began: no matrix to show.</source>
        <translation>Arrêté avant le début de l&apos;entraînement : pas de matrice à montrer.</translation>
    </message>
    <message>
        <source>weight from each input pixel into the hidden node</source>
        <translation>poids de chaque pixel d&apos;entrée vers le nœud caché</translation>
    </message>
    <message>
        <source>Online: update per sample</source>
        <extracomment>Mode combo entries: the config&apos;s mode, what the student reads (short enough for the dock of a 1024-pixel window) and the item&apos;s tooltip.</extracomment>
        <translation>En ligne : mise à jour par exemple</translation>
    </message>
    <message>
        <source>One update after every sample, as in the paper</source>
        <translation>Une mise à jour après chaque exemple, comme dans l&apos;article</translation>
    </message>
    <message>
        <source>Batch: update per epoch</source>
        <translation>Par lot : mise à jour par époque</translation>
    </message>
    <message>
        <source>One update per epoch, with the mean gradient of all the training samples</source>
        <translation>Une mise à jour par époque, avec le gradient moyen de tous les exemples d&apos;entraînement</translation>
    </message>
    <message>
        <source>Mini-batch: update per batch</source>
        <translation>Mini-lot : mise à jour par lot</translation>
    </message>
    <message>
        <source>One update per batch of samples (the batch size below), with their mean gradient</source>
        <translation>Une mise à jour par lot d&apos;exemples (la taille de lot ci-dessous), avec leur gradient moyen</translation>
    </message>
    <message>
        <source>Finished all {epochs} epochs.</source>
        <translation>Les {epochs} époques sont terminées.</translation>
    </message>
    <message>
        <source>Reached the target error after {epoch} epochs.</source>
        <translation>Erreur visée atteinte après {epoch} époques.</translation>
    </message>
    <message>
        <source>Stopped after {epoch} epochs: the error is no longer a number (the learning rate is too large).</source>
        <translation>Arrêté après {epoch} époques : l&apos;erreur n&apos;est plus un nombre (le taux d&apos;apprentissage est trop grand).</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>{m} min {s} s</source>
        <translation>{m} min {s} s</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <source>One epoch shows the network every training image once</source>
        <translation>Une époque montre une fois au réseau chaque image d&apos;entraînement</translation>
    </message>
    <message>
        <source>η in  w⁺ = w − η · ∂E_total/∂w  (0.5 in the paper)</source>
        <translation>η dans  w⁺ = w − η · ∂E_total/∂w  (0,5 dans l&apos;article)</translation>
    </message>
    <message>
        <source> samples</source>
        <translation> exemples</translation>
    </message>
    <message>
        <source>Mini-batch mode: the samples averaged for each update</source>
        <translation>Mode mini-lot : les exemples moyennés pour chaque mise à jour</translation>
    </message>
    <message>
        <source>The same seed shuffles the samples in the same order</source>
        <translation>La même graine mélange les exemples dans le même ordre</translation>
    </message>
    <message>
        <source>Stop early at training error</source>
        <translation>Arrêter quand l&apos;erreur d&apos;entraînement passe sous</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>Learning rate η</source>
        <translation>Taux d&apos;apprentissage η</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>Shuffle seed</source>
        <translation>Graine du mélange</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Train a copy of the network; the window stays usable</source>
        <translation>Entraîner une copie du réseau ; la fenêtre reste utilisable</translation>
    </message>
    <message>
        <source>Stop and keep the weights learnt so far</source>
        <translation>Arrêter et garder les poids appris jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>No dataset for this network: training on the one sample in the editor (label “{label}”), as the worked example continues.</source>
        <translation>Pas de jeu de données pour ce réseau : entraînement sur l&apos;unique exemple de l&apos;éditeur (classe « {label} »), comme l&apos;exemple traité le poursuit.</translation>
    </message>
    <message>
        <source>Training on the &lt;b&gt;{n}&lt;/b&gt; images of the training set, testing on &lt;b&gt;{m}&lt;/b&gt;.</source>
        <translation>Entraînement sur les &lt;b&gt;{n}&lt;/b&gt; images de l&apos;ensemble d&apos;entraînement, test sur &lt;b&gt;{m}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Training on the &lt;b&gt;{n}&lt;/b&gt; images of the training set (no test set).</source>
        <translation>Entraînement sur les &lt;b&gt;{n}&lt;/b&gt; images de l&apos;ensemble d&apos;entraînement (pas d&apos;ensemble de test).</translation>
    </message>
    <message>
        <source> — paused</source>
        <translation> — en pause</translation>
    </message>
    <message>
        <source> — pausing…</source>
        <translation> — mise en pause…</translation>
    </message>
    <message>
        <source>After epoch {epoch}: training error &lt;b&gt;{error}&lt;/b&gt;, accuracy &lt;b&gt;{accuracy}&lt;/b&gt;</source>
        <translation>Après l&apos;époque {epoch} : erreur d&apos;entraînement &lt;b&gt;{error}&lt;/b&gt;, exactitude &lt;b&gt;{accuracy}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>test error &lt;b&gt;{error}&lt;/b&gt;, accuracy &lt;b&gt;{accuracy}&lt;/b&gt;</source>
        <translation>erreur de test &lt;b&gt;{error}&lt;/b&gt;, exactitude &lt;b&gt;{accuracy}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Go on training</source>
        <translation>Continuer l&apos;entraînement</translation>
    </message>
    <message>
        <source>Pause training; the plots stay as they are</source>
        <translation>Mettre l&apos;entraînement en pause ; les courbes restent telles quelles</translation>
    </message>
    <message>
        <source>{epoch} of {epochs} epochs trained</source>
        <translation>{epoch} époques sur {epochs} entraînées</translation>
    </message>
    <message>
        <source>under 1 s left</source>
        <translation>moins d&apos;1 s restante</translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>encore environ {time}</translation>
    </message>
    <message>
        <source>The run of the previous network was stopped when another network was chosen; its weights were not kept.</source>
        <translation>L&apos;entraînement du réseau précédent a été arrêté quand un autre réseau a été choisi ; ses poids n&apos;ont pas été gardés.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Stopped before training began: the network is as it was.</source>
        <translation>Arrêté avant le début de l&apos;entraînement : le réseau est tel qu&apos;il était.</translation>
    </message>
    <message>
        <source>Stopped during epoch {epoch}.</source>
        <translation>Arrêté pendant l&apos;époque {epoch}.</translation>
    </message>
    <message>
        <source>{epoch} of {epochs} epochs trained — done</source>
        <translation>{epoch} époques sur {epochs} entraînées — terminé</translation>
    </message>
    <message>
        <source>{epoch} of {epochs} epochs trained — stopped</source>
        <translation>{epoch} époques sur {epochs} entraînées — arrêté</translation>
    </message>
    <message>
        <source> The network now has the trained weights: step through it to see them.</source>
        <translation> Le réseau a maintenant les poids entraînés : parcourez-le pas à pas pour les voir.</translation>
    </message>
    <message>
        <source>Not trained</source>
        <translation>Pas entraîné</translation>
    </message>
    <message>
        <source>Stopping the previous network&apos;s run…</source>
        <translation>Arrêt de l&apos;entraînement du réseau précédent…</translation>
    </message>
    <message>
        <source>mean E_total per sample</source>
        <extracomment>Runs of more epochs than this are drawn as lines only: symbols would be a smear.</extracomment>
        <translation>E_total moyenne par exemple</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>exactitude (%)</translation>
    </message>
    <message>
        <source>Train to see the error and accuracy after every epoch</source>
        <extracomment>Epochs drawn so far (the curves show the first ``_drawn`` of the history).</extracomment>
        <translation>Entraînez pour voir l&apos;erreur et l&apos;exactitude après chaque époque</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>accuracy %</source>
        <translation>exactitude %</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Entraînement…</translation>
    </message>
    <message>
        <source>Epoch {epoch} of {epochs}: training error {error}</source>
        <translation>Époque {epoch} sur {epochs} : erreur d&apos;entraînement {error}</translation>
    </message>
    <message>
        <source>, test error {error}</source>
        <translation>, erreur de test {error}</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>The dataset, epochs, learning rate and mode; Train, Pause and Stop</source>
        <translation>Le jeu de données, les époques, le taux d&apos;apprentissage et le mode ; Entraîner, Pause et Arrêter</translation>
    </message>
    <message>
        <source>Training error to stop at</source>
        <translation>Erreur d&apos;entraînement à laquelle s&apos;arrêter</translation>
    </message>
</context>
<context>
    <name>TrainingPlot</name>
    <message>
        <source>Training curves: error and accuracy per epoch</source>
        <extracomment>Below this height of the two plots together their axis titles are shortened. Below this width the caption is set smaller (the docks of a 1280×800 window).</extracomment>
        <translation>Courbes d&apos;entraînement : erreur et exactitude par époque</translation>
    </message>
    <message>
        <source>Training set blue, solid with circles; test set orange, dashed with squares</source>
        <translation>Ensemble d&apos;entraînement en bleu, trait plein avec des cercles ; ensemble de test en orange, tirets avec des carrés</translation>
    </message>
    <message>
        <source>Error and accuracy per epoch</source>
        <translation>Erreur et exactitude par époque</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>weight {name} edit</source>
        <translation>la modification du poids {name}</translation>
    </message>
    <message>
        <source>training run {number}</source>
        <translation>l&apos;essai d&apos;entraînement {number}</translation>
    </message>
    <message>
        <source>reset to run {number}&apos;s initial weights</source>
        <translation>le retour aux poids initiaux de l&apos;essai {number}</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>a weight you typed</source>
        <translation>un poids que vous avez tapé</translation>
    </message>
    <message>
        <source>the trained weights</source>
        <translation>les poids entraînés</translation>
    </message>
    <message>
        <source>changes to the training set</source>
        <translation>les modifications de l&apos;ensemble d&apos;entraînement</translation>
    </message>
    <message>
        <source>opening the lesson</source>
        <translation>d&apos;ouvrir la leçon</translation>
    </message>
    <message>
        <source>opening variant {n}</source>
        <translation>d&apos;ouvrir la variante {n}</translation>
    </message>
    <message>
        <source>making a network for these features</source>
        <translation>de créer un réseau pour ces variables</translation>
    </message>
    <message>
        <source>making the new network</source>
        <translation>de créer le nouveau réseau</translation>
    </message>
    <message>
        <source>opening {name}</source>
        <translation>d&apos;ouvrir {name}</translation>
    </message>
    <message>
        <source>closing FruitNet</source>
        <translation>de fermer FruitNet</translation>
    </message>
    <message>
        <source>switching to another network</source>
        <extracomment>What replacing the network is called in the question about unsaved work.</extracomment>
        <translation>de passer à un autre réseau</translation>
    </message>
    <message>
        <source>opening the paper&apos;s network</source>
        <translation>d&apos;ouvrir le réseau de l&apos;article</translation>
    </message>
    <message>
        <source>opening the fruit network</source>
        <translation>d&apos;ouvrir le réseau de fruits</translation>
    </message>
    <message>
        <source>the picture you painted</source>
        <translation>l&apos;image que vous avez peinte</translation>
    </message>
    <message>
        <source>resetting to the weights run {number} started from</source>
        <translation>de revenir aux poids dont l&apos;essai {number} est parti</translation>
    </message>
    <message>
        <source>your answers in Your turn</source>
        <translation>vos réponses du mode À vous</translation>
    </message>
    <message>
        <source> and </source>
        <extracomment>What replacing the network loses (the datasets stay with the window). What closing the window loses.</extracomment>
        <translation> et </translation>
    </message>
    <message>
        <source>Unsaved work</source>
        <extracomment>The question while it is open (tests answer it by clicking its buttons).</extracomment>
        <translation>Travail non enregistré</translation>
    </message>
    <message>
        <source>Save {what} before {doing}?</source>
        <translation>Enregistrer {what} avant {doing} ?</translation>
    </message>
    <message>
        <source>Discard loses it; Cancel goes back with everything as it is.</source>
        <translation>Ne pas enregistrer le perd ; Annuler revient en arrière sans rien changer.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Ne pas enregistrer</translation>
    </message>
    <message>
        <source>(no files yet)</source>
        <translation>(pas encore de fichiers)</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>{path} is no longer there; it was taken off Open Recent.</source>
        <translation>{path} n&apos;existe plus ; il a été retiré des fichiers récents.</translation>
    </message>
    <message>
        <source>the weights from before your edit of {name}</source>
        <translation>les poids d&apos;avant votre modification de {name}</translation>
    </message>
    <message>
        <source>the weights from before run {number}</source>
        <translation>les poids d&apos;avant l&apos;essai {number}</translation>
    </message>
    <message>
        <source>the weights from before the reset</source>
        <translation>les poids d&apos;avant le retour aux poids initiaux</translation>
    </message>
    <message>
        <source>the weights run {number} started from</source>
        <translation>les poids dont l&apos;essai {number} est parti</translation>
    </message>
</context>
<context>
    <name>ViewBox</name>
    <message>
        <source>View All</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>ViewBox options</source>
        <translation>Options de la vue</translation>
    </message>
    <message>
        <source>axis</source>
        <translation>(axe)</translation>
    </message>
    <message>
        <source>Mouse Mode</source>
        <translation>Souris</translation>
    </message>
    <message>
        <source>3 button</source>
        <translation>Déplacer (3 boutons)</translation>
    </message>
    <message>
        <source>1 button</source>
        <translation>Zoom sur un cadre (1 bouton)</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>the previous run is still stopping; try again</source>
        <translation>l&apos;entraînement précédent est encore en train de s&apos;arrêter ; réessayez</translation>
    </message>
    <message>
        <source>training stopped because of an internal error ({kind}: {error})</source>
        <extracomment>The runner reads the training process&apos;s messages this often (one frame at 60 Hz). Snapshots reach the views at most this often: five a second looks live. The training process sends a snapshot at most this often (the rest are merged). A stopped run whose process does not answer within this long is ended without it (the process is terminated; the next run starts a fresh one). A process that was let go and has not exited after this long is terminated. At most this many messages are read per poll, so a burst cannot hold up a frame. Every run&apos;s tag is below this: cancelling with it cancels them all. &quot;spawn&quot;: a fresh interpreter. Forking a process that runs Qt threads is unsafe.</extracomment>
        <translation>l&apos;entraînement s&apos;est arrêté à cause d&apos;une erreur interne ({kind} : {error})</translation>
    </message>
    <message>
        <source>the window is closing: no training now</source>
        <translation>la fenêtre se ferme : pas d&apos;entraînement maintenant</translation>
    </message>
    <message>
        <source>the training process stopped answering</source>
        <translation>le processus d&apos;entraînement ne répond plus</translation>
    </message>
    <message>
        <source>the training process ended unexpectedly (exit code {code})</source>
        <translation>le processus d&apos;entraînement s&apos;est terminé de façon inattendue (code de sortie {code})</translation>
    </message>
    <message>
        <source> (details in {path})</source>
        <translation> (détails dans {path})</translation>
    </message>
</context>
<context>
    <name>Worksheets</name>
    <message>
        <source>Input</source>
        <extracomment>The answer&apos;s blank: 22 underscores are about 4.3 cm at 11 pt, room for &quot;−0,0134&quot; by hand. Room to work under a question on the blank sheet (mm): a line for the result, and a line of numbers for every :data:`_CHARS_PER_LINE` characters of the numbers line. At most this many lines of numbers (a sum over 36 inputs is worked on the side). Between two answers of the key (mm): each reads apart from the next.</extracomment>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Bias weights</source>
        <translation>Poids de biais</translation>
    </message>
    <message>
        <source>{n} weights: see the model file</source>
        <translation>{n} poids : voir le fichier du modèle</translation>
    </message>
    <message>
        <source>Bias input</source>
        <translation>Entrée de biais</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Conventions</source>
        <translation>Conventions</translation>
    </message>
    <message>
        <source>round every value to {n} decimals (half up) and carry it forward</source>
        <translation>arrondir chaque valeur à {n} décimales (au plus proche, 5 vers le haut) et la reporter</translation>
    </message>
    <message>
        <source>exact: give at least 3 significant digits (4 decimals is plenty)</source>
        <translation>exact : donner au moins 3 chiffres significatifs (4 décimales suffisent largement)</translation>
    </message>
    <message>
        <source>Arithmetic</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>{what}:</source>
        <translation>{what}&#xa0;:</translation>
    </message>
    <message>
        <source>Answer key: {title}</source>
        <extracomment>The picture&apos;s width in the HTML files. The name of the picture&apos;s place in a sheet&apos;s document (the drawing goes on it).</extracomment>
        <translation>Corrigé : {title}</translation>
    </message>
    <message>
        <source>Worksheet: {title}</source>
        <translation>Fiche d&apos;exercices : {title}</translation>
    </message>
    <message>
        <source>Step 1 · The network, the sample and the target</source>
        <translation>Étape 1 · Le réseau, l&apos;exemple et la cible</translation>
    </message>
    <message>
        <source>&lt;p&gt;Compute &lt;b&gt;{name}&lt;/b&gt;:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Calculez &lt;b&gt;{name}&lt;/b&gt; :&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Check a hand calculation</source>
        <translation>Vérifier un calcul à la main</translation>
    </message>
    <message>
        <source>{right} of {n} right</source>
        <comment>0 or 1 right</comment>
        <translation>{right} juste sur {n}</translation>
    </message>
    <message>
        <source>{right} of {n} right</source>
        <translation>{right} justes sur {n}</translation>
    </message>
    <message>
        <source>; the first wrong one is {name} (line {line})</source>
        <translation> ; la première fausse est {name} (ligne {line})</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Grandeur</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>Right value</source>
        <translation>Bonne valeur</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Not answered ({n}): </source>
        <translation>Sans réponse ({n}) : </translation>
    </message>
    <message>
        <source>Every quantity was answered.</source>
        <translation>Toutes les grandeurs ont une réponse.</translation>
    </message>
    <message>
        <source>FruitNet worksheets</source>
        <translation>Fiches FruitNet</translation>
    </message>
    <message>
        <source>Export worksheet</source>
        <extracomment>(how many files, the folder) once every file is written</extracomment>
        <translation>Exporter une fiche d&apos;exercices</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>each quantity</source>
        <translation>chaque grandeur</translation>
    </message>
    <message>
        <source>each factor of the chain rule</source>
        <translation>chaque facteur de la règle de la chaîne</translation>
    </message>
    <message>
        <source> decimals (pencil mode)</source>
        <translation> décimales (calcul à la main)</translation>
    </message>
    <message>
        <source>exact arithmetic instead</source>
        <translation>plutôt le calcul exact</translation>
    </message>
    <message>
        <source>a different 2-2-2 network for each student</source>
        <translation>un réseau 2-2-2 différent pour chaque élève</translation>
    </message>
    <message>
        <source> students</source>
        <translation> élèves</translation>
    </message>
    <message>
        <source>seed </source>
        <translation>graine </translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier :</translation>
    </message>
    <message>
        <source>One line per:</source>
        <translation>Une ligne par :</translation>
    </message>
    <message>
        <source>Rounding:</source>
        <translation>Arrondi :</translation>
    </message>
    <message>
        <source>Variants:</source>
        <translation>Variantes :</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>What was written</source>
        <translation>Ce qui a été écrit</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Folder for the worksheet</source>
        <translation>Dossier de la fiche</translation>
    </message>
    <message>
        <source>{folder}: is a file, not a folder</source>
        <translation>{folder} : c&apos;est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>the network in the window</source>
        <translation>le réseau de la fenêtre</translation>
    </message>
    <message>
        <source>Writing the variants…</source>
        <translation>Écriture des variantes…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>{n} files written in {folder}</source>
        <translation>{n} fichiers écrits dans {folder}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Open variant</source>
        <translation>Ouvrir une variante</translation>
    </message>
    <message>
        <source>Variant number:</source>
        <translation>Numéro de variante :</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Graine :</translation>
    </message>
    <message>
        <source>target {value}</source>
        <extracomment>Networks with more edges are not drawn (their weights are in the model file). The picture&apos;s width on paper, and its labels&apos; size there. The picture&apos;s height, for its width. The width the vector drawing is made at (its units; it is scaled to the page).</extracomment>
        <translation>cible {value}</translation>
    </message>
    <message>
        <source>variant {k} (seed {seed})</source>
        <translation>variante {k} (graine {seed})</translation>
    </message>
    <message>
        <source>Summary key (seed {seed})</source>
        <translation>Corrigé récapitulatif (graine {seed})</translation>
    </message>
    <message>
        <source>Summary key: {n} variants (seed {seed})</source>
        <extracomment>The summary key&apos;s columns of (name | value) pairs, side by side. A value&apos;s cell: on one line, and apart from the next pair&apos;s name (Qt&apos;s rich text takes a padding in px, not the shorthand in pt).</extracomment>
        <translation>Corrigé récapitulatif : {n} variantes (graine {seed})</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Variant {k}</source>
        <translation>Variante {k}</translation>
    </message>
    <message>
        <source>--pencil takes 0 to 12 decimals, got {n}</source>
        <translation>--pencil prend de 0 à 12 décimales, reçu {n}</translation>
    </message>
    <message>
        <source>--variants takes 1 to {most}, got {n}</source>
        <translation>--variants prend de 1 à {most}, reçu {n}</translation>
    </message>
    <message>
        <source>--variants makes its own networks: leave out --model, --preset, --input and --target</source>
        <translation>--variants crée ses propres réseaux : omettez --model, --preset, --input et --target</translation>
    </message>
    <message>
        <source>--out {folder}: cannot be written ({reason})</source>
        <translation>--out {folder} : impossible d&apos;écrire ({reason})</translation>
    </message>
    <message>
        <source>{n} variants (seed {seed}) in {folder}: each variant-NN/ has worksheet.pdf|.html|.md, answer-key.pdf|.html|.md, model.json and sample.json; summary-key.pdf|.html|.md and quiz-moodle.xml list every answer ({files} files, {seconds} s)</source>
        <translation>{n} variantes (graine {seed}) dans {folder} : chaque variant-NN/ contient worksheet.pdf|.html|.md, answer-key.pdf|.html|.md, model.json et sample.json ; summary-key.pdf|.html|.md et quiz-moodle.xml donnent toutes les réponses ({files} fichiers, {seconds} s)</translation>
    </message>
    <message>
        <source>Worksheet and answer key for {name} in {folder}: {files} ({n} sub-steps, {seconds} s)</source>
        <translation>Fiche d&apos;exercices et corrigé pour {name} dans {folder} : {files} ({n} sous-étapes, {seconds} s)</translation>
    </message>
    <message>
        <source>Answers (*.csv);;All files (*)</source>
        <translation>Réponses (*.csv);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Zoom</name>
    <message>
        <source>Zoom {percent} (Ctrl+0: {whole})</source>
        <extracomment>The levels Ctrl+= and Ctrl+− step through.</extracomment>
        <translation>Zoom {percent} (Ctrl+0 : {whole})</translation>
    </message>
    <message>
        <source>Zoom {start} does not fit the window: now {level}.</source>
        <translation>Le zoom {start} ne tient pas dans la fenêtre : maintenant {level}.</translation>
    </message>
    <message>
        <source>the window would need {need} and the screen has {room}</source>
        <translation>il faudrait une fenêtre de {need} et l&apos;écran a {room}</translation>
    </message>
    <message>
        <source>Zoom {level} refused: {problem}; it stays at {current}.</source>
        <translation>Zoom {level} refusé : {problem} ; il reste à {current}.</translation>
    </message>
    <message>
        <source>Zoom is at its largest ({current}).</source>
        <translation>Le zoom est au plus grand ({current}).</translation>
    </message>
    <message>
        <source>Zoom is at its smallest ({current}).</source>
        <translation>Le zoom est au plus petit ({current}).</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Zoom arrière</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>Taille ré&amp;elle</translation>
    </message>
</context>
<context>
    <name>_PixelGrid</name>
    <message>
        <source>Input pixels</source>
        <translation>Pixels d&apos;entrée</translation>
    </message>
    <message>
        <source>Arrow keys choose a pixel, Space paints it, Delete clears it, Enter types its value</source>
        <translation>Les flèches choisissent un pixel, Espace le peint, Suppr l&apos;efface, Entrée permet de taper sa valeur</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <extracomment>What argparse (Python 3.10 to 3.13) says to a person, in its own English.</extracomment>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels&#xa0;</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options&#xa0;</translation>
    </message>
    <message>
        <source>optional arguments</source>
        <translation>arguments facultatifs&#xa0;</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>sous-commandes&#xa0;</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher ce message d&apos;aide et quitter</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher le numéro de version du programme et quitter</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s : erreur : %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires : %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l&apos;un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>non autorisé avec l&apos;argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite %r ignoré</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>%s argument attendu</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>%s arguments attendus</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s pourrait correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>option inattendue : %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s non valide : %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valide : %(value)r (choisissez parmi %(choices)s)</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>commande inconnue %(parser_name)r (choix : %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossible d&apos;ouvrir « %(filename)s » : %(error)s</translation>
    </message>
    <message>
        <source> (default: %(default)s)</source>
        <translation> (par défaut : %(default)s)</translation>
    </message>
</context>
</TS>
